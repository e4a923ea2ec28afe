using System.Net;
using System.Net.Sockets;

namespace Dispatch.Testing;

public static class FreePorts
{
    // Below Linux's ephemeral range (32768–60999), so an outgoing connection or a port 0 listener never takes a port
    // handed out here between the check and the host binding it. A CI run once got the same ephemeral port twice
    // (one silo's HTTP and Orleans gateway ports) because asking the kernel for port 0 twice may answer the same.
    const int First = 20000, Last = 32000;
    static readonly object Gate = new();
    static readonly HashSet<int> Given = [];
    static int _next = First + Random.Shared.Next(Last - First);

    /// <summary>A port nobody listens on right now and that this process has never handed out before.</summary>
    public static int Next()
    {
        lock (Gate)
        {
            for (var tries = 0; tries < Last - First; tries++)
            {
                var port = _next;
                _next = _next >= Last ? First : _next + 1;
                if (Given.Contains(port) || !IsFree(port)) continue;
                Given.Add(port);
                return port;
            }
            throw new InvalidOperationException($"no free port between {First} and {Last}");
        }
    }

    static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
