using K8sFootprint.Nodes;

namespace K8sFootprint.Tests.Nodes;

public sealed class ShellQuotingTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("", "''")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$(rm -rf /); `x` \"y\"", "'$(rm -rf /); `x` \"y\"'")]
    public void Quote_AnyText_IsOneSingleQuotedWord(string value, string expected)
    {
        Assert.Equal(expected, ShellQuoting.Quote(value));
    }

    [Fact]
    public void Quote_Nul_Throws()
    {
        Assert.Throws<ArgumentException>(() => ShellQuoting.Quote("a\0b"));
    }

    [Theory]
    [InlineData("relative/path")]
    [InlineData("/tmp/a\nb")]
    [InlineData(" ")]
    public void QuotePath_NotAbsoluteOrMultiline_ThrowsNamingThePath(string path)
    {
        Assert.Throws<ArgumentException>(() => ShellQuoting.QuotePath(path));
    }
}
