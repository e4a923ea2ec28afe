using System.Collections.Concurrent;
using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Tests;

/// <summary>Stands where consoles and devices stand: records what whistles push.</summary>
public sealed class RecordingWhistlePush : IWhistlePush
{
    public ConcurrentQueue<WhistleRecord> Changes { get; } = new();
    public ConcurrentQueue<(string OfficerId, string WhistleId, string DepartmentId)> Offers { get; } = new();

    public Task WhistleChanged(WhistleRecord whistle) { Changes.Enqueue(whistle); return Task.CompletedTask; }
    public Task WhistleTaskOffered(string officerId, WhistleRecord whistle, string departmentId) { Offers.Enqueue((officerId, whistle.Id, departmentId)); return Task.CompletedTask; }
}
