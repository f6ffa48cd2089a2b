using System.Text;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace K8sFootprint.Nodes.Ssh;

/// <summary>
/// How to authenticate to an SSH host: a private key (from a file or from memory, with an optional passphrase)
/// or a password. The secret is never part of <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class SshCredentials
{
    private readonly Func<string, AuthenticationMethod> _create;

    private SshCredentials(string description, Func<string, AuthenticationMethod> create, string? password)
    {
        Description = description;
        _create = create;
        Password = password;
    }

    /// <summary>Gets a description without the secret, such as
    /// <c>private key file '/home/me/.ssh/id_ed25519'</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the password for password authentication, also used for sudo when no other is set.</summary>
    internal string? Password { get; }

    /// <summary>Authenticates with a private key file in OpenSSH, PKCS#1/#8 or PuTTY format.</summary>
    /// <param name="path">The key file on the controller.</param>
    /// <param name="passphrase">The key's passphrase, when it is encrypted.</param>
    /// <returns>The credentials.</returns>
    public static SshCredentials FromPrivateKeyFile(string path, string? passphrase = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"The private key file '{path}' does not exist or is not a file.");
        }

        string description = $"private key file '{path}'";
        byte[] key;
        try
        {
            key = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"The private key file '{path}' could not be read: {ex.Message}");
        }

        _ = KeyMethod("check", key, passphrase, description);
        return new SshCredentials(description, user => KeyMethod(user, key, passphrase, description), null);
    }

    /// <summary>Authenticates with a private key held in memory (for example from a secret store).</summary>
    /// <param name="privateKey">The key text, such as an OpenSSH <c>-----BEGIN OPENSSH PRIVATE KEY-----</c>
    /// block.</param>
    /// <param name="passphrase">The key's passphrase, when it is encrypted.</param>
    /// <returns>The credentials.</returns>
    public static SshCredentials FromPrivateKey(string privateKey, string? passphrase = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKey);
        byte[] bytes = Encoding.UTF8.GetBytes(privateKey);
        _ = KeyMethod("check", bytes, passphrase, "the private key in memory");
        return new SshCredentials(
            "private key in memory",
            user => KeyMethod(user, bytes, passphrase, "the private key in memory"),
            null);
    }

    /// <summary>Authenticates with a password.</summary>
    /// <param name="password">The password.</param>
    /// <returns>The credentials.</returns>
    public static SshCredentials FromPassword(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return new SshCredentials("password", user => new PasswordAuthenticationMethod(user, password), password);
    }

    /// <inheritdoc/>
    public override string ToString() => Description;

    internal AuthenticationMethod CreateMethod(string user) => _create(user);

    private static PrivateKeyAuthenticationMethod KeyMethod(
        string user,
        byte[] key,
        string? passphrase,
        string description)
    {
        try
        {
            using var stream = new MemoryStream(key);
            return new PrivateKeyAuthenticationMethod(user, new PrivateKeyFile(stream, passphrase));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The library's message can quote parts of the key; ours names only the source.
            throw new ArgumentException(
                $"The SSH private key from {description} could not be read: " +
                "expected an OpenSSH, PKCS#1, PKCS#8 or PuTTY " +
                "key, with the right passphrase when it is encrypted " +
                "(a missing or wrong passphrase gives this error).");
        }
    }
}
