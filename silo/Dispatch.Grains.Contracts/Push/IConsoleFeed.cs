namespace Dispatch.Grains.Contracts.Push;

/// <summary>Where a zone's flushed batch goes to reach the consoles watching it (SignalR groups per audience).</summary>
public interface IConsoleFeed
{
    Task Publish(ZoneBatch batch);
}
