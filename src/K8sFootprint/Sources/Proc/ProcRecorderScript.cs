namespace K8sFootprint.Sources.Proc;

/// <summary>The recorder script shipped inside this assembly.</summary>
internal static class ProcRecorderScript
{
    private static readonly Lazy<byte[]> Content = new(Load);

    public static ReadOnlyMemory<byte> Bytes => Content.Value;

    private static byte[] Load()
    {
        using var stream =
            typeof(ProcRecorderScript).Assembly.GetManifestResourceStream("K8sFootprint.Sources.Proc.recorder.sh")
            ?? throw new InvalidOperationException("The embedded recorder script is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
