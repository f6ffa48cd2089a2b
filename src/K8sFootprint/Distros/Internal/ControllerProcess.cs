using System.ComponentModel;
using System.Diagnostics;
using K8sFootprint.Nodes;

namespace K8sFootprint.Distros.Internal;

/// <summary>Runs a program on the controller (talosctl, kubectl) with its arguments passed as a list, never
/// through a shell, bounded by a time limit on the given clock.</summary>
internal static class ControllerProcess
{
    public static async Task<CommandResult> RunAsync(
        string executable,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        string node,
        string step,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)
                ?? throw new Win32Exception($"'{executable}' did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new NodeCommandException(
                $"The step '{step}' for node '{node}' needs '{executable}' on this machine; it could not be " +
                $"started: {ex.Message}.", ex)
            {
                Node = node,
                Step = step,
                ExitCode = 127,
            };
        }

        using (process)
        {
            process.StandardInput.Close();
            long started = timeProvider.GetTimestamp();
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = new CancellationTokenSource(timeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
            try
            {
                await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new NodeTimeoutException(
                    $"The step '{step}' for node '{node}' did not finish within {timeout.TotalSeconds:0.###} s; " +
                    $"'{executable}' was stopped.")
                {
                    Node = node,
                    Step = step,
                    Timeout = timeout,
                };
            }

            return new CommandResult(process.ExitCode, await stdout.ConfigureAwait(false),
                await stderr.ConfigureAwait(false), timeProvider.GetElapsedTime(started));
        }
    }
}
