using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>
/// The county joint meeting's office (联席会议办公室), keyed by county id: only what spans its years. It numbers out-of-plan
/// filings and draws (ids never repeat across years), knows which years have work, has the demo county's plans put in
/// once, and hands each year what the office held of every year at once before it kept one <see cref="IInspectionYearGrain"/>
/// per year. It calls no year's grain: the years call it.
/// </summary>
public interface IInspectionOfficeGrain : IGrainWithStringKey
{
    /// <summary>What the office still holds of the year from before, and the demo plans when the year is due them (this year, never put in).</summary>
    Task<InspectionYearOpening> Opening(int year);

    /// <summary>The year keeps its part now: the office forgets its copy, counts the year as one with work, and, if the year took them, the demo plans as put in.</summary>
    Task Kept(int year, bool tookDemoPlans);

    /// <summary>The next out-of-plan filing's id (<c>A00001</c>…), durable when it returns.</summary>
    Task<string> NextFilingId();

    /// <summary>The next draw's id (<c>D0001</c>…), durable when it returns.</summary>
    Task<string> NextDrawId();

    /// <summary>The years with work, oldest first.</summary>
    Task<IReadOnlyList<int>> Years();

    /// <summary>The size of the office's stored state in bytes.</summary>
    Task<int> StateSize();
}

/// <summary>What a year's grain takes over when it first opens: its part of the office's old state, and whether the demo plans are among it.</summary>
[GenerateSerializer, Immutable]
public sealed record InspectionYearOpening([property: Id(0)] OfficeYear Held, [property: Id(1)] bool DemoPlans);
