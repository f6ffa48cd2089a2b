using System.Net.Sockets;
using Renci.SshNet.Common;

namespace K8sFootprint.Nodes.Ssh;

/// <summary>Reading and writing files over SFTP, as the login user.</summary>
public sealed partial class SshNodeShell
{
    /// <inheritdoc/>
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var sftp = await ConnectedSftpAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        try
        {
            await sftp.DownloadFileAsync(path, buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (SftpPathNotFoundException ex)
        {
            throw new FileNotFoundException($"The file '{path}' does not exist on node '{Node}'.", path, ex);
        }
        catch (SftpPermissionDeniedException ex)
        {
            throw new UnauthorizedAccessException(
                $"User '{_options.User}' may not read '{path}' on node '{Node}'.", ex);
        }
        catch (Exception ex) when (ex is SshException or SocketException)
        {
            await DropConnectionAsync().ConfigureAwait(false);
            throw Broken($"read {path}", ex);
        }
    }

    /// <inheritdoc/>
    public async Task WriteFileAsync(
        string path, ReadOnlyMemory<byte> content, UnixFileMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var sftp = await ConnectedSftpAsync(cancellationToken).ConfigureAwait(false);
        using var source = new MemoryStream(content.ToArray());
        try
        {
            await sftp.UploadFileAsync(source, path, cancellationToken).ConfigureAwait(false);
            // SFTP takes the mode as the digits of its octal form: 0o600 is passed as 600.
            short octalDigits = short.Parse(Convert.ToString((int)mode, 8),
                System.Globalization.CultureInfo.InvariantCulture);
            sftp.ChangePermissions(path, octalDigits);
        }
        catch (SftpPathNotFoundException ex)
        {
            throw new IOException($"The directory of '{path}' does not exist on node '{Node}'.", ex);
        }
        catch (SftpPermissionDeniedException ex)
        {
            throw new UnauthorizedAccessException(
                $"User '{_options.User}' may not write '{path}' on node '{Node}'.", ex);
        }
        catch (Exception ex) when (ex is SshException or SocketException)
        {
            await DropConnectionAsync().ConfigureAwait(false);
            throw Broken($"write {path}", ex);
        }
    }
}
