using System.Security.Cryptography;
using System.Text;

namespace K8sFootprint.Nodes.Ssh;

/// <summary>An OpenSSH <c>known_hosts</c> file (see sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT").</summary>
internal sealed class KnownHostsFile
{
    private readonly List<Entry> _entries;

    private KnownHostsFile(string path, List<Entry> entries)
    {
        Path = path;
        _entries = entries;
    }

    public string Path { get; }

    public static KnownHostsFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"The known_hosts file '{path}' does not exist.", nameof(path));
        }

        return Parse(path, File.ReadAllLines(path));
    }

    public static KnownHostsFile Parse(string path, IEnumerable<string> lines)
    {
        var entries = new List<Entry>();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            entries.Add(ParseEntry(path, number, line));
        }

        return new KnownHostsFile(path, entries);
    }

    public HostKeyDecision Decide(string host, int port, string keyType, ReadOnlySpan<byte> key)
    {
        string name = port == 22 ? host : $"[{host}]:{port}";
        keyType = KeyTypeOf(keyType);
        var matching = _entries.Where(e => e.Matches(name)).ToList();
        byte[] blob = key.ToArray();
        if (matching.Any(e => e.Marker == "@revoked" && e.Key.AsSpan().SequenceEqual(blob)))
        {
            return HostKeyDecision.Changed;
        }

        var plain = matching.Where(e => e.Marker is null).ToList();
        if (plain.Any(e => e.KeyType == keyType && e.Key.AsSpan().SequenceEqual(blob)))
        {
            return HostKeyDecision.Trusted;
        }

        return plain.Any(e => e.KeyType == keyType) ? HostKeyDecision.Changed : HostKeyDecision.Unknown;
    }

    /// <summary>Maps the signature algorithm an RSA host key is negotiated with to the key type known_hosts
    /// lists (<c>rsa-sha2-256</c> and <c>rsa-sha2-512</c> are <c>ssh-rsa</c> keys).</summary>
    private static string KeyTypeOf(string algorithm) =>
        algorithm is "rsa-sha2-256" or "rsa-sha2-512" ? "ssh-rsa" : algorithm;

    private static Entry ParseEntry(string path, int number, string line)
    {
        string[] fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        string? marker = fields[0].StartsWith('@') ? fields[0] : null;
        int offset = marker is null ? 0 : 1;
        if (fields.Length < offset + 3)
        {
            throw new ArgumentException(
                $"The known_hosts file '{path}' line {number} is not 'HOSTS KEYTYPE BASE64KEY [COMMENT]'.",
                nameof(path));
        }

        try
        {
            return new Entry(marker, fields[offset].Split(','), fields[offset + 1],
                Convert.FromBase64String(fields[offset + 2]));
        }
        catch (FormatException)
        {
            throw new ArgumentException(
                $"The known_hosts file '{path}' line {number} has a key that is not base64.", nameof(path));
        }
    }

    private sealed record Entry(string? Marker, string[] Hosts, string KeyType, byte[] Key)
    {
        public bool Matches(string name)
        {
            bool matched = false;
            foreach (string pattern in Hosts)
            {
                if (pattern.StartsWith('!') && HostMatches(pattern[1..], name))
                {
                    return false;
                }

                matched |= !pattern.StartsWith('!') && HostMatches(pattern, name);
            }

            return matched;
        }

        private static bool HostMatches(string pattern, string name)
        {
            if (pattern.StartsWith("|1|", StringComparison.Ordinal))
            {
                return HashedMatches(pattern, name);
            }

            return Measurement.GlobPattern.IsMatch(name.ToLowerInvariant(), pattern.ToLowerInvariant());
        }

        /// <summary>Hashed names are <c>|1|base64(salt)|base64(HMAC-SHA1(salt, name))</c>.</summary>
        private static bool HashedMatches(string pattern, string name)
        {
            string[] parts = pattern.Split('|');
            if (parts.Length != 4)
            {
                return false;
            }

            try
            {
                byte[] salt = Convert.FromBase64String(parts[2]);
                byte[] expected = Convert.FromBase64String(parts[3]);
#pragma warning disable CA5350 // Weak cryptographic algorithm: OpenSSH defines hashed host names with HMAC-SHA1.
                byte[] actual = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes(name));
#pragma warning restore CA5350
                return CryptographicOperations.FixedTimeEquals(actual, expected);
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
