namespace Dispatch.Load;

/// <summary>What the <c>whistle</c> run measured against the system; also the JSON shape of <c>--json</c>.</summary>
public sealed record WhistleFigures
{
    public required string Address { get; init; }
    public required IReadOnlyList<string> Departments { get; init; }
    public required string TownshipId { get; init; }
    /// <summary>Officers' devices chosen (up to --officers-per-department of each named department) and connected.</summary>
    public required ConnectFigures Officers { get; init; }
    public long FirstFixesAccepted { get; init; }
    public IReadOnlyDictionary<string, long> FirstFixesNotAccepted { get; init; } = new Dictionary<string, long>();
    /// <summary>Whistles of earlier (interrupted) runs still open, cancelled before the window so their officers are free.</summary>
    public long LeftoversCancelled { get; init; }
    /// <summary>Desk consoles whose connection closed during the run, and why.</summary>
    public IReadOnlyDictionary<string, string> DesksLost { get; init; } = new Dictionary<string, string>();

    public double Rate { get; init; }
    public double WindowSeconds { get; init; }
    public long Sent { get; init; }
    public long Created { get; init; }
    public long Approved { get; init; }
    public long Assigned { get; init; }
    public long Cancelled { get; init; }
    public long NoFreeOfficer { get; init; }
    public long OfficersLeftBusy { get; init; }
    /// <summary>Refused or unanswered requests by stage (raise, approve, assign, cancel).</summary>
    public IReadOnlyDictionary<string, long> Failures { get; init; } = new Dictionary<string, long>();
    public IReadOnlyDictionary<string, long> FailureKinds { get; init; } = new Dictionary<string, long>();

    /// <summary>The two latencies, misses and odd pushes.</summary>
    public required WhistleDeliveries Deliveries { get; init; }
    /// <summary>POST /api/whistles → 201, ms.</summary>
    public required LatencySummary RaiseRoundTrip { get; init; }
    /// <summary>approve → 200, ms.</summary>
    public required LatencySummary ApproveRoundTrip { get; init; }
    /// <summary>assign → 200, ms.</summary>
    public required LatencySummary AssignRoundTrip { get; init; }
    /// <summary>cancel → 200, ms (it releases the officers).</summary>
    public required LatencySummary CancelRoundTrip { get; init; }

    public long Errors => Failures.Values.Sum();
    public long Misses => Deliveries.DeskMisses + Deliveries.OfferMisses;
}

/// <param name="DeskVsPush">approve → desk against a bare SignalR invocation → push.</param>
/// <param name="OfferVsPush">assign → offer against the same.</param>
/// <param name="DeskVsTransport">approve → desk against GET + grain call + push added up.</param>
/// <param name="OfferVsTransport">assign → offer against GET + grain call + push added up.</param>
public sealed record WhistleComparison(Overhead DeskVsPush, Overhead OfferVsPush, Overhead DeskVsTransport, Overhead OfferVsTransport);
