namespace K8sFootprint.Distros;

/// <summary>One step of an installation: a command run on the node as root, optionally after uploading a file
/// from the controller, optionally skipped when a check shows its work is already done.</summary>
/// <param name="Name">What the step does, used in progress, logs and errors.</param>
/// <param name="Command">The POSIX shell command, every variable part quoted.</param>
/// <param name="Timeout">The longest the command may take; it is killed after that.</param>
public sealed record InstallStep(string Name, string Command, TimeSpan Timeout)
{
    /// <summary>Gets a command whose success means the step's work is already done, so the step is skipped.</summary>
    public string? SkipWhen { get; init; }

    /// <summary>Gets a file on the controller to upload before the command runs.</summary>
    public string? UploadFrom { get; init; }

    /// <summary>Gets where the upload goes on the node.</summary>
    public string? UploadTo { get; init; }

    /// <summary>Gets the uploaded file's mode on the node.</summary>
    public UnixFileMode UploadMode { get; init; } = UnixFileMode.UserRead | UnixFileMode.UserWrite;
}
