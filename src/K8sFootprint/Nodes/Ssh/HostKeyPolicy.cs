using System.Collections.Concurrent;

namespace K8sFootprint.Nodes.Ssh;

/// <summary>
/// Decides whether to trust the key an SSH host presents. Unknown and changed keys are refused unless the
/// policy says otherwise; trust on first use is an explicit opt-in.
/// </summary>
public abstract class HostKeyPolicy
{
    /// <summary>Gets a description for messages, such as <c>known_hosts file '~/.ssh/known_hosts'</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Trusts only keys whose SHA256 fingerprint is one of these (<c>SHA256:base64</c>, as
    /// <c>ssh-keygen -lf</c> prints them).</summary>
    /// <param name="fingerprints">One or more fingerprints.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A fingerprint is not <c>SHA256:</c> followed by 43 base64
    /// characters; a whole <c>ssh-keygen -lf</c> line is accepted and its fingerprint taken.</exception>
    public static HostKeyPolicy Pinned(params string[] fingerprints)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        return new PinnedHostKeyPolicy(fingerprints.Select(ParseFingerprint).ToArray());
    }

    private static string ParseFingerprint(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(
            text ?? string.Empty, @"(?:^|\s)SHA256:(?<b64>[A-Za-z0-9+/]{43})=?(?:\s|$)",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            throw new ArgumentException(
                $"Expected a host-key fingerprint as 'SHA256:' followed by 43 base64 characters (as ssh-keygen -lf " +
                $"prints it); got '{text}'.");
        }

        return "SHA256:" + match.Groups["b64"].Value;
    }

    /// <summary>Trusts the keys an OpenSSH <c>known_hosts</c> file lists for the host, hashed entries,
    /// <c>[host]:port</c> forms, patterns and <c>@revoked</c> markers included.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The policy.</returns>
    public static HostKeyPolicy KnownHosts(string path) => new KnownHostsHostKeyPolicy(KnownHostsFile.Load(path));

    /// <summary>Trusts the first key each host presents, logs its fingerprint, and refuses a different key
    /// from that host afterwards. Use only where the network path is trusted.</summary>
    /// <returns>The policy.</returns>
    public static HostKeyPolicy TrustOnFirstUse() => new TrustOnFirstUseHostKeyPolicy();

    /// <summary>Refuses every key; the default when none is configured.</summary>
    /// <returns>The policy.</returns>
    public static HostKeyPolicy RefuseAll() => new PinnedHostKeyPolicy([]);

    /// <summary>Decides about a key.</summary>
    /// <param name="host">The host name or address as configured.</param>
    /// <param name="port">The SSH port.</param>
    /// <param name="keyType">The key type, such as <c>ssh-ed25519</c>.</param>
    /// <param name="key">The key blob as sent on the wire.</param>
    /// <param name="fingerprint">The key's SHA256 fingerprint as <c>SHA256:base64</c>.</param>
    /// <returns>The decision.</returns>
    public abstract HostKeyDecision Decide(
        string host,
        int port,
        string keyType,
        ReadOnlySpan<byte> key,
        string fingerprint);

    /// <summary>Gets a value indicating whether a trusted decision should be logged with its fingerprint.</summary>
    internal virtual bool LogsAcceptance => false;

    private sealed class PinnedHostKeyPolicy(string[] fingerprints) : HostKeyPolicy
    {
        private readonly HashSet<string> _fingerprints =
            fingerprints.Select(Normalize).ToHashSet(StringComparer.Ordinal);

        public override string Description =>
            _fingerprints.Count == 0 ? "no trusted host key" : "pinned host-key fingerprints";

        public override HostKeyDecision Decide(
            string host,
            int port,
            string keyType,
            ReadOnlySpan<byte> key,
            string fingerprint)
        {
            if (_fingerprints.Contains(Normalize(fingerprint)))
            {
                return HostKeyDecision.Trusted;
            }

            return _fingerprints.Count == 0 ? HostKeyDecision.Unknown : HostKeyDecision.Changed;
        }

        private static string Normalize(string fingerprint)
        {
            string value = fingerprint.Trim();
            value = value.StartsWith("SHA256:", StringComparison.Ordinal) ? value[7..] : value;
            return value.TrimEnd('=');
        }
    }

    private sealed class KnownHostsHostKeyPolicy(KnownHostsFile file) : HostKeyPolicy
    {
        public override string Description => $"known_hosts file '{file.Path}'";

        public override HostKeyDecision Decide(
            string host,
            int port,
            string keyType,
            ReadOnlySpan<byte> key,
            string fingerprint) =>
            file.Decide(host, port, keyType, key);
    }

    private sealed class TrustOnFirstUseHostKeyPolicy : HostKeyPolicy
    {
        private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);

        public override string Description => "trust on first use";

        internal override bool LogsAcceptance => true;

        public override HostKeyDecision Decide(
            string host,
            int port,
            string keyType,
            ReadOnlySpan<byte> key,
            string fingerprint)
        {
            string known = _seen.GetOrAdd($"{host}:{port}", fingerprint);
            return known == fingerprint ? HostKeyDecision.Trusted : HostKeyDecision.Changed;
        }
    }
}
