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

    [Fact]
    public void FromPrivateKey_Garbage_FailsWithoutQuotingTheKey()
    {
        const string Garbage =
            "-----BEGIN OPENSSH PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END OPENSSH PRIVATE KEY-----";
        var credentials = SshCredentials.FromPrivateKey(Garbage);

        var ex = Assert.Throws<ArgumentException>(() => credentials.CreateMethod("root"));

        Assert.DoesNotContain("c2VjcmV0", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("private key in memory", credentials.ToString());
    }
}
