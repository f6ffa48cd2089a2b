namespace K8sFootprint.IntegrationTests.Infrastructure;

/// <summary>Checks what a test needs from the machine: skipped locally when missing, failed under CI=true.</summary>
internal static class Prerequisite
{
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Command(params string[] commands)
    {
        foreach (string command in commands)
        {
            bool found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(':', StringSplitOptions.RemoveEmptyEntries)
                .Concat(["/usr/sbin", "/sbin"])
                .Any(dir => File.Exists(Path.Combine(dir, command)));
            if (!found)
            {
                Missing($"the command '{command}' (run eng/test.sh, which installs it)");
            }
        }
    }

    public static void PythonPrometheusClient()
    {
        bool found = File.Exists("/usr/bin/python3")
            && Sh.Succeeds("/usr/bin/python3 -c 'import prometheus_client.parser'");
        if (!found)
        {
            Missing("Debian's python3-prometheus-client (run eng/test.sh, which installs it)");
        }
    }

    public static void Root()
    {
        if (Environment.UserName != "root")
        {
            Missing("root privileges (network namespaces, loop devices)");
        }
    }

    private static void Missing(string what)
    {
        string message = $"This test needs {what}.";
        if (IsCi)
        {
            Assert.Fail(message + " Under CI=true a missing prerequisite is a failure.");
        }

        Assert.Skip(message);
    }
}
