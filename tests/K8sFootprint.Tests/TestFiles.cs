namespace K8sFootprint.Tests;

internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    public static string[] Lines(string name) => File.ReadAllLines(Path(name));
}
