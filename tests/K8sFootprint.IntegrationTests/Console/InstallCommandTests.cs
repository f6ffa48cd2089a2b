using static K8sFootprint.IntegrationTests.Console.MeasureCommandTests;

namespace K8sFootprint.IntegrationTests.Console;

/// <summary><c>install</c> and <c>reset</c> as a user runs them, without a host (dry runs and bad input).</summary>
public sealed class InstallCommandTests
{
    [Theory]
    [InlineData("k3s", "INSTALL_K3S_EXEC='server --cluster-init'")]
    [InlineData("k0s", "k0s install controller --enable-worker --no-taints")]
    [InlineData("kubeadm", "taint nodes --all node-role.kubernetes.io/control-plane-")]
    [InlineData("rke2", "INSTALL_RKE2_VERSION='v1.36.3+rke2r1'")]
    [InlineData("canonical", "snap refresh --hold k8s")]
    public async Task InstallDryRun_PrintsThePlanAndTouchesNoHost(string distro, string expected)
    {
        var (exit, stdout, stderr) = await RunAsync("install", "--distro", distro, "--dry-run");

        Assert.True(exit == 0, stderr);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
        Assert.StartsWith("# ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--distro", "minikube", "got 'minikube'")]
    [InlineData("--version", "v1.36.2+k3s1;reboot", "got 'v1.36.2+k3s1;reboot'")]
    [InlineData("--offline", "/nonexistent-k8sfp", "existing folder")]
    public async Task Install_BadInput_ExitsTwoNamingTheValue(string option, string value, string expected)
    {
        string[] args = option == "--distro"
            ? ["install", "--distro", value, "--dry-run"]
            : ["install", "--distro", "k3s", option, value, "--dry-run"];

        var (exit, stdout, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Reset_WithoutSsh_SaysSshIsNeeded()
    {
        var (exit, _, stderr) = await RunAsync("reset", "--distro", "k3s");

        Assert.Equal(2, exit);
        Assert.Contains("--ssh", stderr, StringComparison.Ordinal);
    }
}
