using System.Text.Json;
using K8sFootprint.Measurement;

namespace K8sFootprint.Serialization;

/// <summary>Reads and writes footprints as JSON (camelCase, with a schema version).</summary>
public static class FootprintJson
{
    /// <summary>Serializes a footprint to indented JSON.</summary>
    /// <param name="footprint">The result to write.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Footprint footprint)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        return JsonSerializer.Serialize(footprint, FootprintJsonContext.Default.Footprint);
    }

    /// <summary>Reads a footprint from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The footprint.</returns>
    /// <exception cref="JsonException">The text is not a footprint, or its schema version is not supported.</exception>
    public static Footprint Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var footprint = JsonSerializer.Deserialize(json, FootprintJsonContext.Default.Footprint)
            ?? throw new JsonException("Expected a footprint object; got 'null'.");
        if (footprint.SchemaVersion != Footprint.CurrentSchemaVersion)
        {
            throw new JsonException(
                $"Expected schema version {Footprint.CurrentSchemaVersion}; got '{footprint.SchemaVersion}'.");
        }

        return footprint;
    }

    /// <summary>
    /// Writes a footprint to a file atomically: to a temporary file in the same directory, flushed to disk, then
    /// renamed over the target. A failure leaves no partial file behind.
    /// </summary>
    /// <param name="footprint">The result to write.</param>
    /// <param name="path">The target file.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="IOException">The file could not be written; the message names the path.</exception>
    public static async Task WriteFileAsync(
        Footprint footprint,
        string path,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        string full = Target(path);
        string temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096,
                useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, footprint, FootprintJsonContext.Default.Footprint,
                    cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            KeepMode(full, temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(temporary);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            throw new IOException($"The result could not be written to '{full}': {ex.Message}", ex);
        }
    }

    /// <summary>Checks before measuring that a result file can be written at the path, so that a bad path fails
    /// fast instead of after an hour-long window.</summary>
    /// <param name="path">The target file; an existing one must be a regular file (a symbolic link to one is
    /// followed).</param>
    /// <exception cref="IOException">The directory does not exist or is not writable, or the target is not a
    /// regular file; the message names it.</exception>
    public static void EnsureWritable(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Target(path);
        string directory = Path.GetDirectoryName(full) ?? "/";
        if (!Directory.Exists(directory))
        {
            throw new IOException($"The directory '{directory}' of the output path '{full}' does not exist.");
        }

        try
        {
            if (File.Exists(full))
            {
                using (new FileStream(full, FileMode.Open, FileAccess.Write))
                {
                }
            }

            using (File.Create(Path.Combine(directory, $".{Guid.NewGuid():N}.probe"), 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"The output path '{full}' is not writable ({ex.GetType().Name}); " +
                "expected a writable file in a writable " +
                "directory.", ex);
        }
    }

    /// <summary>Resolves a symbolic link to its final target and refuses anything that is not a regular file.</summary>
    private static string Target(string path)
    {
        string full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            full = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
            info = new FileInfo(full);
        }

        if (Directory.Exists(full))
        {
            throw new IOException($"The output path '{full}' is a directory; expected a file path.");
        }

        string[] special = ["/dev/", "/proc/", "/sys/"];
        if (special.Any(prefix => full.StartsWith(prefix, StringComparison.Ordinal)))
        {
            throw new IOException($"The output path '{full}' is a device or kernel file; expected a regular file.");
        }

        return full;
    }

    private static void KeepMode(string existing, string replacement)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(existing))
        {
            File.SetUnixFileMode(replacement, File.GetUnixFileMode(existing));
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do; the temporary name is unique.
        }
    }
}
