namespace Dispatch.Load;

/// <summary>What the <c>dispatch</c> run measured against the system; also the JSON shape of <c>--json</c>.</summary>
public sealed record DispatchFigures
{
    public required string Address { get; init; }
    public int Officers { get; init; }
    public long Connected { get; init; }
    public long ConnectFailures { get; init; }
    public IReadOnlyDictionary<string, long> ConnectFailureKinds { get; init; } = new Dictionary<string, long>();
    public double ConnectSeconds { get; init; }
    /// <summary>Open incidents of earlier runs held by these officers, worked through before the window.</summary>
    public long LeftoversCompleted { get; init; }
    /// <summary>The first fix of each officer: accepted ones put the officer at a known place.</summary>
    public long FirstFixesAccepted { get; init; }
    public IReadOnlyDictionary<string, long> FirstFixesNotAccepted { get; init; } = new Dictionary<string, long>();
    /// <summary>The every-10-s fixes during the window and the drain.</summary>
    public long FixesSent { get; init; }
    public long FixesAccepted { get; init; }
    public long FixErrors { get; init; }
    public long ConnectionsLost { get; init; }

    public double Rate { get; init; }
    public int Categories { get; init; }
    public double WindowSeconds { get; init; }
    public long IncidentsSent { get; init; }
    /// <summary>201: a new incident.</summary>
    public long Created { get; init; }
    public double CreatedPerSecond { get; init; }
    /// <summary>200 merged: the report joined an open incident of the same category nearby.</summary>
    public long Merged { get; init; }
    public long Refused { get; init; }
    public long ReportErrors { get; init; }
    public IReadOnlyDictionary<string, long> ReportFailureKinds { get; init; } = new Dictionary<string, long>();
    public long Offered { get; init; }
    public double OfferedPerSecond { get; init; }
    /// <summary>Offers that reached the device before the 201 reached the reporter (dispatch happens inside the POST).</summary>
    public long OffersBeforeCreated { get; init; }
    public long NotDispatched { get; init; }
    public long AssignedOutsideFleet { get; init; }
    /// <summary>Created, assigned to a fleet officer, and no offer by the end of the drain.</summary>
    public long NeverOffered { get; init; }
    public long WrongDevice { get; init; }
    public long DuplicateOffers { get; init; }
    public long UnknownOffers { get; init; }
    public long Completed { get; init; }
    public long CompletionFailures { get; init; }
    public IReadOnlyDictionary<string, long> CompletionFailureKinds { get; init; } = new Dictionary<string, long>();

    /// <summary>201 received → assignmentOffered received on the assigned officer's device, ms (negative: offer first).</summary>
    public required LatencySummary CreatedToOffer { get; init; }
    /// <summary>POST sent → assignmentOffered received, ms.</summary>
    public required LatencySummary ReportToOffer { get; init; }
    /// <summary>POST /api/incidents round trip (201 only), ms.</summary>
    public required LatencySummary ReportToCreated { get; init; }
    /// <summary>Offer received → handle answered, ms.</summary>
    public required LatencySummary OfferToFree { get; init; }

    /// <summary>Every incident failed, went unanswered or was never offered to the device it was assigned to.</summary>
    public long Errors => Refused + ReportErrors + NeverOffered + WrongDevice;
}

/// <summary>The floor measured in the same run, on the same host, at the same rate.</summary>
public sealed record DispatchFloorFigures
{
    public required string PushAddress { get; init; }
    public int PushConnections { get; init; }
    public double WindowSeconds { get; init; }
    /// <summary>Bare SignalR: Offer invocation sent → the pushed message's arrival on the same connection, ms.</summary>
    public required LatencySummary Push { get; init; }
    public long PushErrors { get; init; }
    /// <summary>Bare HTTP: GET /api/system on the gateway, send → last byte, ms.</summary>
    public required LatencySummary Http { get; init; }
    public long HttpErrors { get; init; }
    public required string GrainAddress { get; init; }
    /// <summary>Bare Orleans: one call to an empty grain method through a silo gateway, call → answer, ms.</summary>
    public required LatencySummary Grain { get; init; }
    public long GrainErrors { get; init; }

    /// <summary>
    /// The least a report → offer path could cost on this host: one HTTP request, one grain call and one push,
    /// added percentile by percentile (an upper bound of the floor's own percentile, fine for a ratio).
    /// </summary>
    public (double P50, double P99) Transport => (Http.P50 + Grain.P50 + Push.P50, Http.P99 + Grain.P99 + Push.P99);
}

/// <summary>System over floor: difference (ms) and ratio at p50 and p99.</summary>
public sealed record Overhead(double P50DeltaMs, double P99DeltaMs, double P50Ratio, double P99Ratio)
{
    public static Overhead Of(LatencySummary system, LatencySummary floor) => Of(system, floor.P50, floor.P99);

    public static Overhead Of(LatencySummary system, double floorP50, double floorP99) => new(
        Math.Round(system.P50 - floorP50, 1), Math.Round(system.P99 - floorP99, 1),
        floorP50 > 0 ? Math.Round(system.P50 / floorP50, 1) : 0, floorP99 > 0 ? Math.Round(system.P99 / floorP99, 1) : 0);
}

/// <param name="ReportVsHttp">POST /api/incidents → 201 against GET /api/system.</param>
/// <param name="OfferVsHttp">POST sent → offer against GET /api/system (one HTTP request's worth).</param>
/// <param name="OfferVsPush">POST sent → offer against a bare SignalR invocation → push.</param>
/// <param name="OfferVsGrain">POST sent → offer against one bare grain call.</param>
/// <param name="OfferVsTransport">POST sent → offer against GET + grain call + push added up: the headline ratio.</param>
public sealed record DispatchComparison(Overhead ReportVsHttp, Overhead OfferVsHttp, Overhead OfferVsPush, Overhead OfferVsGrain, Overhead OfferVsTransport);
