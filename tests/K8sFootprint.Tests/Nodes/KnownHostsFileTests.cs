using System.Security.Cryptography;
using System.Text;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.Tests.Nodes;

public sealed class KnownHostsFileTests
{
    private static readonly byte[] Key = [0, 0, 0, 11, 1, 2, 3, 4];
    private static readonly byte[] OtherKey = [9, 9, 9, 9];
    private static readonly string KeyText = Convert.ToBase64String(Key);

    [Theory]
    [InlineData("node1", 22)]
    [InlineData("10.0.0.5", 22)]
    public void Decide_PlainEntry_TrustsTheListedKey(string host, int port)
    {
        var sut = KnownHostsFile.Parse("kh", [$"node1,10.0.0.5 ssh-ed25519 {KeyText} comment"]);

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide(host, port, "ssh-ed25519", Key));
    }

    [Fact]
    public void Decide_BracketedPortEntry_MatchesOnlyThatPort()
    {
        var sut = KnownHostsFile.Parse("kh", [$"[node1]:2222 ssh-ed25519 {KeyText}"]);

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide("node1", 2222, "ssh-ed25519", Key));
        Assert.Equal(HostKeyDecision.Unknown, sut.Decide("node1", 22, "ssh-ed25519", Key));
    }

    [Theory]
    [InlineData("node1", 22, "node1")]
    [InlineData("node1", 2222, "[node1]:2222")]
    public void Decide_HashedEntry_MatchesTheHashedName(string host, int port, string hashedName)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(20);
#pragma warning disable CA5350 // OpenSSH's hashed host names are HMAC-SHA1.
        byte[] hash = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes(hashedName));
#pragma warning restore CA5350
        string entry = $"|1|{Convert.ToBase64String(salt)}|{Convert.ToBase64String(hash)} ssh-ed25519 {KeyText}";

        var sut = KnownHostsFile.Parse("kh", [entry]);

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide(host, port, "ssh-ed25519", Key));
        Assert.Equal(HostKeyDecision.Unknown, sut.Decide("node2", port, "ssh-ed25519", Key));
    }

    [Theory]
    [InlineData("rsa-sha2-256")]
    [InlineData("rsa-sha2-512")]
    public void Decide_RsaKeyNegotiatedWithSha2Signatures_MatchesItsSshRsaEntry(string algorithm)
    {
        var sut = KnownHostsFile.Parse("kh", [$"node1 ssh-rsa {KeyText}"]);

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide("node1", 22, algorithm, Key));
    }

    [Fact]
    public void Decide_SameTypeDifferentKey_IsChanged()
    {
        var sut = KnownHostsFile.Parse("kh", [$"node1 ssh-ed25519 {KeyText}"]);

        Assert.Equal(HostKeyDecision.Changed, sut.Decide("node1", 22, "ssh-ed25519", OtherKey));
    }

    [Fact]
    public void Decide_PatternsAndNegation_FollowOpenSsh()
    {
        var sut = KnownHostsFile.Parse("kh", [$"*.lab,!bad.lab ssh-ed25519 {KeyText}"]);

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide("n1.lab", 22, "ssh-ed25519", Key));
        Assert.Equal(HostKeyDecision.Unknown, sut.Decide("bad.lab", 22, "ssh-ed25519", Key));
    }

    [Fact]
    public void Decide_RevokedKey_IsRefusedEvenWhenListed()
    {
        var sut = KnownHostsFile.Parse("kh", [$"node1 ssh-ed25519 {KeyText}", $"@revoked * ssh-ed25519 {KeyText}"]);

        Assert.Equal(HostKeyDecision.Changed, sut.Decide("node1", 22, "ssh-ed25519", Key));
    }

    [Fact]
    public void Parse_CommentsAndBlankLines_AreSkipped()
    {
        var sut = KnownHostsFile.Parse("kh", ["# comment", "", $"node1 ssh-ed25519 {KeyText}"]);

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide("node1", 22, "ssh-ed25519", Key));
    }

    [Theory]
    [InlineData("node1 ssh-ed25519")]
    [InlineData("node1 ssh-ed25519 not*base64")]
    public void Parse_MalformedLine_NamesFileAndLine(string line)
    {
        var ex = Assert.Throws<ArgumentException>(() => KnownHostsFile.Parse("/home/me/kh", ["# first", line]));

        Assert.Contains("'/home/me/kh' line 2", ex.Message, StringComparison.Ordinal);
    }

    private const string Fingerprint = "SHA256:ohD8VZEXGWo6Ez8GSEJQ9WpafgLFsOfLOtGGQCQo6Og";

    [Theory]
    [InlineData(Fingerprint)]
    [InlineData(Fingerprint + "=")]
    [InlineData("256 " + Fingerprint + " root@node (ED25519)")]
    public void Pinned_FingerprintAsSshKeygenPrintsIt_Matches(string pinned)
    {
        var sut = HostKeyPolicy.Pinned(pinned);

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide("h", 22, "ssh-ed25519", Key, Fingerprint));
        Assert.Equal(HostKeyDecision.Changed, sut.Decide("h", 22, "ssh-ed25519", Key, "SHA256:other"));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("MD5:12:34:56")]
    [InlineData("sha256:ohD8VZEXGWo6Ez8GSEJQ9WpafgLFsOfLOtGGQCQo6Og")]
    public void Pinned_NotASha256Fingerprint_ThrowsNamingIt(string pinned)
    {
        var ex = Assert.Throws<ArgumentException>(() => HostKeyPolicy.Pinned(pinned));

        Assert.Contains($"'{pinned}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAll_AnyKey_IsUnknown()
    {
        Assert.Equal(HostKeyDecision.Unknown,
            HostKeyPolicy.RefuseAll().Decide("h", 22, "ssh-ed25519", Key, "SHA256:x"));
    }

    [Fact]
    public void TrustOnFirstUse_SecondKeyForTheSameHost_IsChanged()
    {
        var sut = HostKeyPolicy.TrustOnFirstUse();

        Assert.Equal(HostKeyDecision.Trusted, sut.Decide("h", 22, "ssh-ed25519", Key, "SHA256:first"));
        Assert.Equal(HostKeyDecision.Trusted, sut.Decide("h", 22, "ssh-ed25519", Key, "SHA256:first"));
        Assert.Equal(HostKeyDecision.Changed, sut.Decide("h", 22, "ssh-ed25519", Key, "SHA256:second"));
    }
}
