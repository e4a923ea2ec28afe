using System.Globalization;
using static Dispatch.Load.FigureFormat;

namespace Dispatch.Load;

/// <summary>Prints the <c>dispatch</c> figures, the system-versus-floor comparison, the README row and the JSON file.</summary>
public static class DispatchReport
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void PrintSystem(DispatchFigures f)
    {
        Console.WriteLine();
        Console.WriteLine($"-- system figures ({f.Address}) --");
        Line("officers connected", $"{f.Connected} / {f.Officers} in {f.ConnectSeconds:0.0} s, connect failures {f.ConnectFailures}");
        foreach (var (reason, n) in f.ConnectFailureKinds) Line("", $"{n} × {reason}");
        if (f.LeftoversCompleted > 0) Line("earlier runs' work", $"{f.LeftoversCompleted} open incidents worked off first");
        Line("first fixes", $"{f.FirstFixesAccepted} accepted" + string.Concat(f.FirstFixesNotAccepted.Select(k => $", {k.Value} {k.Key}")));
        Line("fixes during the run", $"{f.FixesSent} sent, {f.FixesAccepted} accepted, errors {f.FixErrors}" +
                                     (f.ConnectionsLost > 0 ? $", connections lost {f.ConnectionsLost}" : ""));
        Line("incidents reported", $"{f.IncidentsSent} in {f.WindowSeconds:0.#} s at {f.Rate:0.##}/s, {f.Categories} categories round-robin");
        Line("created (201)", $"{f.Created} ({f.CreatedPerSecond:0.00}/s)");
        Line("merged (200)", $"{f.Merged}");
        Line("refused / no answer", $"{f.Refused} / {f.ReportErrors}");
        foreach (var (kind, n) in f.ReportFailureKinds) Line("", $"{n} × {kind}");
        Line("offered", $"{f.Offered} ({f.OfferedPerSecond:0.00}/s), {f.OffersBeforeCreated} of them before their 201 arrived");
        Line("not dispatched", $"{f.NotDispatched} (201 named no officer: nobody free and qualified)");
        Line("assigned elsewhere", $"{f.AssignedOutsideFleet} (to officers on duty but not in this fleet)");
        Line("never offered", $"{f.NeverOffered}" + (f.WrongDevice > 0 ? $", offered on the wrong device {f.WrongDevice}" : "") +
                              (f.DuplicateOffers > 0 ? $", duplicate offers {f.DuplicateOffers}" : "") +
                              (f.UnknownOffers > 0 ? $", offers for other incidents {f.UnknownOffers}" : ""));
        Line("worked off", $"{f.Completed} (acknowledge, arrive, handle), failures {f.CompletionFailures}");
        foreach (var (kind, n) in f.CompletionFailureKinds) Line("", $"{n} × {kind}");
        Line("201 → offer ms", Summary(f.CreatedToOffer) + (f.OffersBeforeCreated > 0
            ? string.Create(Inv, $"  min {f.CreatedToOffer.Min:0.0} (negative: the offer came before the 201)") : ""));
        Line("report → offer ms", Summary(f.ReportToOffer));
        Line("report → 201 ms", Summary(f.ReportToCreated));
        Line("offer → officer free ms", Summary(f.OfferToFree));
    }

    public static void PrintFloor(DispatchFloorFigures f)
    {
        Console.WriteLine();
        Console.WriteLine($"-- floor figures ({f.PushConnections} connections, {f.WindowSeconds:0.#} s) --");
        Line("SignalR push ms", Summary(f.Push) + (f.PushErrors > 0 ? $"  errors {f.PushErrors}" : ""));
        Line("HTTP GET ms", Summary(f.Http) + (f.HttpErrors > 0 ? $"  errors {f.HttpErrors}" : ""));
        Line("Orleans grain call ms", Summary(f.Grain) + (f.GrainErrors > 0 ? $"  errors {f.GrainErrors}" : ""));
        Line("", f.GrainAddress);
    }

    public static DispatchComparison Compare(DispatchFigures s, DispatchFloorFigures f) => new(
        Overhead.Of(s.ReportToCreated, f.Http), Overhead.Of(s.ReportToOffer, f.Http), Overhead.Of(s.ReportToOffer, f.Push),
        Overhead.Of(s.ReportToOffer, f.Grain), Overhead.Of(s.ReportToOffer, f.Transport.P50, f.Transport.P99));

    public static void PrintComparison(DispatchFigures s, DispatchFloorFigures f, DispatchComparison c)
    {
        Console.WriteLine();
        Console.WriteLine("-- system vs floor (same host, same rate) --");
        Console.WriteLine($"  {"",-40}{"system",10}{"floor",10}{"difference",12}{"ratio",8}");
        Row("report → 201 vs GET /api/system p50", s.ReportToCreated.P50, f.Http.P50, c.ReportVsHttp.P50DeltaMs, c.ReportVsHttp.P50Ratio);
        Row("report → 201 vs GET /api/system p99", s.ReportToCreated.P99, f.Http.P99, c.ReportVsHttp.P99DeltaMs, c.ReportVsHttp.P99Ratio);
        Row("report → offer vs GET /api/system p50", s.ReportToOffer.P50, f.Http.P50, c.OfferVsHttp.P50DeltaMs, c.OfferVsHttp.P50Ratio);
        Row("report → offer vs GET /api/system p99", s.ReportToOffer.P99, f.Http.P99, c.OfferVsHttp.P99DeltaMs, c.OfferVsHttp.P99Ratio);
        Row("report → offer vs SignalR push p50", s.ReportToOffer.P50, f.Push.P50, c.OfferVsPush.P50DeltaMs, c.OfferVsPush.P50Ratio);
        Row("report → offer vs SignalR push p99", s.ReportToOffer.P99, f.Push.P99, c.OfferVsPush.P99DeltaMs, c.OfferVsPush.P99Ratio);
        Row("report → offer vs grain call p50", s.ReportToOffer.P50, f.Grain.P50, c.OfferVsGrain.P50DeltaMs, c.OfferVsGrain.P50Ratio);
        Row("report → offer vs grain call p99", s.ReportToOffer.P99, f.Grain.P99, c.OfferVsGrain.P99DeltaMs, c.OfferVsGrain.P99Ratio);
        Row("report → offer vs GET+grain+push p50", s.ReportToOffer.P50, f.Transport.P50, c.OfferVsTransport.P50DeltaMs, c.OfferVsTransport.P50Ratio);
        Row("report → offer vs GET+grain+push p99", s.ReportToOffer.P99, f.Transport.P99, c.OfferVsTransport.P99DeltaMs, c.OfferVsTransport.P99Ratio);
        Console.WriteLine();
        Console.WriteLine("  The floor is one bare request (GET), one bare grain call, or one bare invocation and its push over SignalR;");
        Console.WriteLine("  GET+grain+push is the least any report → offer path costs here. The difference is what sign-in checks,");
        Console.WriteLine("  intake, registration, routing, several grain calls, storage and the push add on top of the transport.");
    }

    public static void PrintRow(DispatchOptions o, DispatchFigures s, DispatchFloorFigures? f, DispatchComparison? c)
    {
        Console.WriteLine();
        Console.WriteLine("| officers | rate/s | duration s | created | created/s | offered/s | merged | never offered | errors | 201→offer p50 ms | p95 ms | p99 ms | max ms | report→offer p50 ms | p99 ms | report→201 p50 ms | p99 ms | floor push p50 ms | p99 ms | floor GET p50 ms | p99 ms | floor grain p50 ms | p99 ms | report→offer ÷ GET+grain+push p50 | p99 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var l = s.CreatedToOffer;
        Console.WriteLine(
            $"| {s.Connected} | {o.Rate:0.##} | {s.WindowSeconds:0.#} | {s.Created} | {s.CreatedPerSecond:0.00} | {s.OfferedPerSecond:0.00} | {s.Merged} | " +
            $"{s.NeverOffered} | {s.Errors} | {Ms(l, l.P50)} | {Ms(l, l.P95)} | {Ms(l, l.P99)} | {Ms(l, l.Max)} | " +
            $"{Ms(s.ReportToOffer, s.ReportToOffer.P50)} | {Ms(s.ReportToOffer, s.ReportToOffer.P99)} | " +
            $"{Ms(s.ReportToCreated, s.ReportToCreated.P50)} | {Ms(s.ReportToCreated, s.ReportToCreated.P99)} | " +
            (f is null || c is null
                ? "– | – | – | – | – | – | floor skipped | – |"
                : $"{Ms(f.Push, f.Push.P50)} | {Ms(f.Push, f.Push.P99)} | {Ms(f.Http, f.Http.P50)} | {Ms(f.Http, f.Http.P99)} | " +
                  $"{Ms(f.Grain, f.Grain.P50)} | {Ms(f.Grain, f.Grain.P99)} | " +
                  $"× {c.OfferVsTransport.P50Ratio.ToString("0.0", Inv)} | × {c.OfferVsTransport.P99Ratio.ToString("0.0", Inv)} |"));
    }

    public static Task WriteJsonAsync(string path, DispatchOptions o, DispatchFigures s, DispatchFloorFigures? f, DispatchComparison? c) =>
        FigureFormat.WriteJsonAsync(path, "Dispatch.Load dispatch", new
        {
            urls = o.Urls.Select(DeviceTarget.Display),
            o.Officers,
            o.Fleet.FirstOfficer,
            o.Rate,
            durationSeconds = o.Duration.TotalSeconds,
            drainSeconds = o.Drain.TotalSeconds,
            fixIntervalSeconds = o.Fleet.Interval.TotalSeconds,
            o.Reporter,
            o.Categories,
            floorDurationSeconds = o.FloorDuration.TotalSeconds,
            o.SkipFloor,
        }, s, f, c);

    internal static void Line(string label, string text) => Console.WriteLine($"  {label,-24}{text}");

    internal static void Row(string label, double system, double floor, double delta, double ratio) =>
        Console.WriteLine($"  {label,-40}{F(system),10}{F(floor),10}{Signed(delta),12}{"× " + ratio.ToString("0.0", Inv),8}");
}
