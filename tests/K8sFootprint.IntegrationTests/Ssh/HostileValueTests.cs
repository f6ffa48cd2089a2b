using K8sFootprint.Nodes;
using K8sFootprint.Nodes.Ssh;

namespace K8sFootprint.IntegrationTests.Ssh;

/// <summary>Configured values with shell metacharacters reach the host literally, or are rejected — never
/// run.</summary>
public sealed class HostileValueTests(SshHost3 host) : IClassFixture<SshHost3>
{
    public static TheoryData<string> Hostile =>
    [
        "; touch /tmp/k8sfp-pwned",
        "$(touch /tmp/k8sfp-pwned)",
        "`touch /tmp/k8sfp-pwned`",
        "' ; touch /tmp/k8sfp-pwned; '",
        "\"; touch /tmp/k8sfp-pwned; \"",
        "a && touch /tmp/k8sfp-pwned",
        "a || touch /tmp/k8sfp-pwned",
        "a | touch /tmp/k8sfp-pwned",
        "line one\ntouch /tmp/k8sfp-pwned",
        "\r\ntouch /tmp/k8sfp-pwned",
        "> /tmp/k8sfp-pwned",
        "< /etc/shadow",
        "$HOME ${PATH} $$ $? $!",
        "*",
        "~root",
        "a\\b\\\\c\\'d",
        "'''",
        "\"\"\"",
        "& touch /tmp/k8sfp-pwned &",
        "$(printf '%s' x)'$(id)'",
        "--help",
        "-n",
        "tab\there",
        "unicode ✓ ünïcødé",
        "#not a comment",
        "{a,b}",
        "!!",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Quote_HostileValue_RoundTripsThroughPrintfAndRunsNothing(string value)
    {
        var token = TestContext.Current.CancellationToken;
        await using var sut = await SshNodeShell.ConnectAsync(host.RootOptions(), cancellationToken: token);
        await sut.RunAsync("rm -f /tmp/k8sfp-pwned", cancellationToken: token);

        var result = await sut.RunAsync($"printf '%s' {ShellQuoting.Quote(value)}", cancellationToken: token);
        var pwned = await sut.RunAsync("test -e /tmp/k8sfp-pwned", cancellationToken: token);

        Assert.Equal(value, result.StandardOutput);
        Assert.False(pwned.Succeeded);
    }

    [Fact]
    public void Quote_NulCharacter_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ShellQuoting.Quote("a\0; touch /tmp/k8sfp-pwned"));
    }
}
