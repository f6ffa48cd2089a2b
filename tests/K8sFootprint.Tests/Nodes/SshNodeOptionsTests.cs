using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.Tests.Nodes;

public sealed class SshNodeOptionsTests
{
    [Theory]
    [InlineData("host name", 22, "root", "Host")]
    [InlineData("user@host", 22, "root", "Host")]
    [InlineData("host", 0, "root", "Port")]
    [InlineData("host", 70000, "root", "Port")]
    [InlineData("host", 22, "ro ot", "User")]
    [InlineData("host", 22, "", "User")]
    public void Validate_BadValue_NamesTheOptionAndValue(string host, int port, string user, string name)
    {
        var sut = new SshNodeOptions
        {
            Host = host,
            Port = port,
            User = user,
            Credentials = SshCredentials.FromPassword("x")
        };

        var ex = Assert.Throws<ArgumentException>(sut.Validate);

        Assert.Equal(name, ex.ParamName);
    }

    [Fact]
    public void FromPrivateKeyFile_MissingFile_NamesIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => SshCredentials.FromPrivateKeyFile("/nonexistent/id_ed25519"));

        Assert.Contains("/nonexistent/id_ed25519", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END OPENSSH PRIVATE KEY-----")]
    [InlineData("not a key c2VjcmV0LWtleS1tYXRlcmlhbA")]
    public void FromPrivateKey_Garbage_FailsAtOnceWithoutQuotingTheKey(string garbage)
    {
        var ex = Assert.Throws<ArgumentException>(() => SshCredentials.FromPrivateKey(garbage));

        Assert.DoesNotContain("c2VjcmV0", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("private key in memory", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/hostname")]
    [InlineData("/tmp")]
    public void FromPrivateKeyFile_NotAKey_FailsAtOnceNamingTheFile(string path)
    {
        var ex = Assert.Throws<ArgumentException>(() => SshCredentials.FromPrivateKeyFile(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithSudoPassword_MasksIt()
    {
        var sut = new SshNodeOptions
        {
            Host = "h",
            User = "u",
            Credentials = SshCredentials.FromPassword("Login-Secret-1"),
            SudoPassword = "Sudo-Secret-2",
        };

        string text = sut.ToString();

        Assert.DoesNotContain("Sudo-Secret-2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Login-Secret-1", text, StringComparison.Ordinal);
        Assert.Contains("SudoPassword = ***", text, StringComparison.Ordinal);
    }
}
