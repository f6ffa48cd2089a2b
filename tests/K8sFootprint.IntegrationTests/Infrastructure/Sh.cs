using System.Diagnostics;

namespace K8sFootprint.IntegrationTests.Infrastructure;

/// <summary>Runs set-up commands for tests on this machine; a failure fails the test with the command's
/// stderr.</summary>
internal static class Sh
{
    public static string Run(string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"Set-up command failed ({process.ExitCode}): {command}\n{stderr.Result}");
        }

        return stdout.Trim();
    }

    public static bool Succeeds(string command)
    {
        try
        {
            Run(command);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static void TryRun(string command)
    {
        try
        {
            Run(command);
        }
        catch (InvalidOperationException)
        {
            // Clean-up of something that may not exist.
        }
    }

    public static ulong Number(string command) =>
        ulong.Parse(Run(command), System.Globalization.CultureInfo.InvariantCulture);
}
