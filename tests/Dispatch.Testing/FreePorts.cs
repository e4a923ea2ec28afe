using System.Net;
using System.Net.Sockets;

namespace Dispatch.Testing;

public static class FreePorts
{
    /// <summary>A port nobody listens on right now; every test host gets its own, never a default.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
