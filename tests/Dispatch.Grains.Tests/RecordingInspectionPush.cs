using System.Collections.Concurrent;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Tests;

/// <summary>Stands where inspectors' devices stand: records the joint visits offered.</summary>
public sealed class RecordingInspectionPush : IInspectionPush
{
    public ConcurrentQueue<(string OfficerId, string TaskId, string? Code)> Offers { get; } = new();

    public Task TaskOffered(string officerId, InspectionTask task) { Offers.Enqueue((officerId, task.Id, task.Code)); return Task.CompletedTask; }
}
