using System.Net;
using System.Net.Sockets;

namespace K8sFootprint.IntegrationTests.Infrastructure;

/// <summary>Loopback helpers for the services the tests start.</summary>
internal static class Loopback
{
    /// <summary>A TCP port on 127.0.0.1 that is free right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
