namespace K8sFootprint.Tests;

/// <summary>Collects progress reports synchronously, in order (Progress&lt;T&gt; would post them later).</summary>
internal sealed class ListProgress(List<string> items) : IProgress<string>
{
    public void Report(string value) => items.Add(value);
}
