namespace Dispatch.Gateway.Hosting;

public enum DispatchMode
{
    Embedded,
    Cluster,
}
