namespace K8sFootprint.Nodes;

/// <summary>Helpers for checking what a command returned.</summary>
public static class CommandResultExtensions
{
    private const int MaxErrorLength = 2000;

    /// <summary>Throws when the command did not exit with code zero.</summary>
    /// <param name="result">The command's result.</param>
    /// <param name="node">The node it ran on.</param>
    /// <param name="step">The step it belonged to, for the message.</param>
    /// <returns>The same result, for chaining.</returns>
    /// <exception cref="NodeCommandException">The exit code was not zero.</exception>
    public static CommandResult EnsureSuccess(this CommandResult result, string node, string step)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return result;
        }

        string error = TrimError(result.StandardError);
        throw new NodeCommandException(
            $"The step '{step}' on node '{node}' exited with code {result.ExitCode}; expected 0. " +
            $"Standard error: '{error}'.")
        {
            Node = node,
            Step = step,
            ExitCode = result.ExitCode,
            StandardError = error,
        };
    }

    /// <summary>Trims a command's standard error to a length that fits an exception message.</summary>
    private static string TrimError(string error) =>
        error.Length <= MaxErrorLength ? error.Trim() : error[..MaxErrorLength].Trim() + " …";
}
