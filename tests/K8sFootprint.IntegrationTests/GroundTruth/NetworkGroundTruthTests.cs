using System.Net;
using System.Net.Sockets;
using K8sFootprint.IntegrationTests.Infrastructure;
using K8sFootprint.Measurement;

namespace K8sFootprint.IntegrationTests.GroundTruth;

/// <summary>External bytes against the peer interface's own kernel counters, across a veth pair into a network
/// namespace made by the test.</summary>
public sealed class NetworkGroundTruthTests : IDisposable
{
    private const string Namespace = "k8sfp-gt-net";
    private const string Near = "k8sfpgt0";
    private const string Far = "k8sfpgt1";

    public NetworkGroundTruthTests()
    {
        Prerequisite.Root();
        Prerequisite.Command("ip");
        Cleanup();
        Sh.Run($"ip netns add {Namespace} && ip link add {Near} type veth peer name {Far}" +
               $" && ip link set {Far} netns {Namespace}" +
               $" && sysctl -qw net.ipv6.conf.{Near}.disable_ipv6=1" +
               $" && ip netns exec {Namespace} sysctl -qw net.ipv6.conf.{Far}.disable_ipv6=1" +
               $" && ip addr add 10.213.7.1/30 dev {Near} && ip link set {Near} up" +
               $" && ip -n {Namespace} addr add 10.213.7.2/30 dev {Far} && ip -n {Namespace} link set {Far} up");
    }

    [Fact]
    public async Task ExternalBytes_UdpAcrossVeth_EqualThePeerCountersWithinOnePercent()
    {
        var selection = new DeviceSelection { IncludeInterfaces = [Near] };
        ulong peerBefore = 0, peerAfter = 0;

        var footprint = await Windows.MeasureAsync(TimeSpan.FromSeconds(6), selection, async token =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System, token);
            peerBefore = PeerBytes();
            await SendAsync(10_000, 1000, token);
            peerAfter = PeerBytes();
        });

        double peer = peerAfter - peerBefore;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"measured {footprint.Network.External.TotalBytes} B, peer {peer} B");
        Assert.True(peer >= 10_000_000, $"The peer counted only {peer} bytes.");
        Assert.Equal([Near], footprint.Network.External.Interfaces);
        Assert.InRange(footprint.Network.External.TotalBytes, peer * 0.99, peer * 1.01);
    }

    public void Dispose() => Cleanup();

    private static ulong PeerBytes() =>
        Sh.Number($"ip netns exec {Namespace} sh -c 'echo $(( $(cat /sys/class/net/{Far}/statistics/rx_bytes) " +
                  $"+ $(cat /sys/class/net/{Far}/statistics/tx_bytes) ))'");

    private static async Task SendAsync(int datagrams, int size, CancellationToken token)
    {
        using var client = new UdpClient();
        var target = new IPEndPoint(IPAddress.Parse("10.213.7.2"), 9);
        byte[] payload = new byte[size];
        for (int i = 0; i < datagrams; i++)
        {
            await client.SendAsync(payload, target, token);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(300), TimeProvider.System, token);
    }

    private static void Cleanup()
    {
        Sh.TryRun($"ip link del {Near}");
        Sh.TryRun($"ip netns del {Namespace}");
    }
}
