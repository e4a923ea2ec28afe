using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Contracts.Push;

/// <summary>Where whistle changes go: consoles of the zone, the township and every summoned desk; the officers sent.</summary>
public interface IWhistlePush
{
    Task WhistleChanged(WhistleRecord whistle);
    Task WhistleTaskOffered(string officerId, WhistleRecord whistle, string departmentId);
}
