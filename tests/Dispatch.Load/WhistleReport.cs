using System.Globalization;
using static Dispatch.Load.FigureFormat;

namespace Dispatch.Load;

/// <summary>Prints the <c>whistle</c> figures, the system-versus-floor comparison, the README row and the JSON file.</summary>
public static class WhistleReport
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void PrintSystem(WhistleFigures f)
    {
        var d = f.Deliveries;
        Console.WriteLine();
        Console.WriteLine($"-- system figures ({f.Address}) --");
        DispatchReport.Line("officers connected", $"{f.Officers.Connected} / {f.Officers.Wanted} in {f.Officers.Seconds:0.0} s, connect failures {f.Officers.Failures}");
        foreach (var (reason, n) in f.Officers.FailureKinds) DispatchReport.Line("", $"{n} × {reason}");
        DispatchReport.Line("first fixes", $"{f.FirstFixesAccepted} accepted" + string.Concat(f.FirstFixesNotAccepted.Select(k => $", {k.Value} {k.Key}")));
        if (f.LeftoversCancelled > 0) DispatchReport.Line("earlier runs' whistles", $"{f.LeftoversCancelled} cancelled first");
        DispatchReport.Line("whistles", $"{f.Sent} in {f.WindowSeconds:0.#} s at {f.Rate:0.##}/s in {f.TownshipId}, naming {string.Join(", ", f.Departments)}");
        DispatchReport.Line("raised / approved", $"{f.Created} / {f.Approved}");
        DispatchReport.Line("assigned / cancelled", $"{f.Assigned} officers / {f.Cancelled} whistles" +
                                                    (f.NoFreeOfficer > 0 ? $", {f.NoFreeOfficer} departments left unassigned (no free officer in the pool)" : "") +
                                                    (f.OfficersLeftBusy > 0 ? $", {f.OfficersLeftBusy} officers left busy" : ""));
        DispatchReport.Line("errors", f.Errors == 0 ? "0" : $"{f.Errors} (" + string.Join(", ", f.Failures.Select(k => $"{k.Key} {k.Value}")) + ")");
        foreach (var (kind, n) in f.FailureKinds) DispatchReport.Line("", $"{n} × {kind}");
        foreach (var (desk, why) in f.DesksLost) DispatchReport.Line("desk console lost", $"{desk}: {why}");
        DispatchReport.Line("desk pushes", $"{d.ApproveToDesk.Count} of {d.Approved * f.Departments.Count} expected; never arrived {d.DeskMisses}; " +
                                           $"{d.DesksBeforeAnswer} before the approval's 200" + (d.OtherChanges > 0 ? $"; {d.OtherChanges} for other whistles" : ""));
        DispatchReport.Line("task offers", $"{d.AssignToOffer.Count}; never arrived {d.OfferMisses}; {d.OffersBeforeAnswer} before the assignment's 200" +
                                           (d.WrongDevice > 0 ? $"; on the wrong device {d.WrongDevice}" : "") +
                                           (d.DuplicateOffers > 0 ? $"; duplicates {d.DuplicateOffers}" : "") +
                                           (d.UnknownOffers > 0 ? $"; for other whistles {d.UnknownOffers}" : ""));
        DispatchReport.Line("approve → desk ms", Summary(d.ApproveToDesk));
        foreach (var (desk, l) in d.ApproveToDeskByDepartment) DispatchReport.Line($"  desk {desk}", Summary(l));
        DispatchReport.Line("assign → offer ms", Summary(d.AssignToOffer));
        DispatchReport.Line("approve → 200 ms", Summary(f.ApproveRoundTrip));
        DispatchReport.Line("assign → 200 ms", Summary(f.AssignRoundTrip));
        DispatchReport.Line("raise → 201 ms", Summary(f.RaiseRoundTrip));
        DispatchReport.Line("cancel → 200 ms", Summary(f.CancelRoundTrip));
    }

    public static WhistleComparison Compare(WhistleFigures s, DispatchFloorFigures f) => new(
        Overhead.Of(s.Deliveries.ApproveToDesk, f.Push), Overhead.Of(s.Deliveries.AssignToOffer, f.Push),
        Overhead.Of(s.Deliveries.ApproveToDesk, f.Transport.P50, f.Transport.P99), Overhead.Of(s.Deliveries.AssignToOffer, f.Transport.P50, f.Transport.P99));

    public static void PrintComparison(WhistleFigures s, DispatchFloorFigures f, WhistleComparison c)
    {
        var d = s.Deliveries;
        Console.WriteLine();
        Console.WriteLine("-- system vs floor (same host, same rate) --");
        Console.WriteLine($"  {"",-40}{"system",10}{"floor",10}{"difference",12}{"ratio",8}");
        DispatchReport.Row("approve → desk vs SignalR push p50", d.ApproveToDesk.P50, f.Push.P50, c.DeskVsPush.P50DeltaMs, c.DeskVsPush.P50Ratio);
        DispatchReport.Row("approve → desk vs SignalR push p99", d.ApproveToDesk.P99, f.Push.P99, c.DeskVsPush.P99DeltaMs, c.DeskVsPush.P99Ratio);
        DispatchReport.Row("assign → offer vs SignalR push p50", d.AssignToOffer.P50, f.Push.P50, c.OfferVsPush.P50DeltaMs, c.OfferVsPush.P50Ratio);
        DispatchReport.Row("assign → offer vs SignalR push p99", d.AssignToOffer.P99, f.Push.P99, c.OfferVsPush.P99DeltaMs, c.OfferVsPush.P99Ratio);
        DispatchReport.Row("approve → desk vs GET+grain+push p50", d.ApproveToDesk.P50, f.Transport.P50, c.DeskVsTransport.P50DeltaMs, c.DeskVsTransport.P50Ratio);
        DispatchReport.Row("approve → desk vs GET+grain+push p99", d.ApproveToDesk.P99, f.Transport.P99, c.DeskVsTransport.P99DeltaMs, c.DeskVsTransport.P99Ratio);
        DispatchReport.Row("assign → offer vs GET+grain+push p50", d.AssignToOffer.P50, f.Transport.P50, c.OfferVsTransport.P50DeltaMs, c.OfferVsTransport.P50Ratio);
        DispatchReport.Row("assign → offer vs GET+grain+push p99", d.AssignToOffer.P99, f.Transport.P99, c.OfferVsTransport.P99DeltaMs, c.OfferVsTransport.P99Ratio);
        Console.WriteLine();
        Console.WriteLine("  The push floor is one bare invocation and its push over SignalR; GET+grain+push adds one bare request and one bare");
        Console.WriteLine("  grain call: the least a request that ends in a push can cost here. The difference is what sign-in checks, the");
        Console.WriteLine("  whistle rules, officer moves, storage, reminders and the fan-out to several groups add on top of the transport.");
    }

    public static void PrintRow(WhistleFigures s, DispatchFloorFigures? f, WhistleComparison? c)
    {
        var d = s.Deliveries;
        var (a, o) = (d.ApproveToDesk, d.AssignToOffer);
        Console.WriteLine();
        Console.WriteLine("| officers | rate/s | duration s | whistles | approved | desk pushes | approve→desk p50 ms | p95 ms | p99 ms | max ms | misses | offers | assign→offer p50 ms | p95 ms | p99 ms | max ms | misses | errors | floor push p50 ms | p99 ms | desk ÷ push p50 | p99 | offer ÷ push p50 | p99 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(
            $"| {s.Officers.Connected} | {s.Rate:0.##} | {s.WindowSeconds:0.#} | {s.Created} | {s.Approved} | {a.Count} | {Ms(a, a.P50)} | {Ms(a, a.P95)} | {Ms(a, a.P99)} | {Ms(a, a.Max)} | {d.DeskMisses} | " +
            $"{o.Count} | {Ms(o, o.P50)} | {Ms(o, o.P95)} | {Ms(o, o.P99)} | {Ms(o, o.Max)} | {d.OfferMisses} | {s.Errors} | " +
            (f is null || c is null
                ? "– | – | floor skipped | – | – | – |"
                : $"{Ms(f.Push, f.Push.P50)} | {Ms(f.Push, f.Push.P99)} | × {Ratio(c.DeskVsPush.P50Ratio)} | × {Ratio(c.DeskVsPush.P99Ratio)} | " +
                  $"× {Ratio(c.OfferVsPush.P50Ratio)} | × {Ratio(c.OfferVsPush.P99Ratio)} |"));
    }

    static string Ratio(double r) => r.ToString("0.0", Inv);

    public static Task WriteJsonAsync(string path, WhistleOptions o, WhistleFigures s, DispatchFloorFigures? f, WhistleComparison? c) =>
        FigureFormat.WriteJsonAsync(path, "Dispatch.Load whistle", new
        {
            urls = o.Urls.Select(DeviceTarget.Display),
            o.Rate,
            durationSeconds = o.Duration.TotalSeconds,
            drainSeconds = o.Drain.TotalSeconds,
            o.Departments,
            o.OfficersPerDepartment,
            o.TownshipId,
            o.Township,
            o.Approver,
            o.WarmUp,
            floorDurationSeconds = o.FloorDuration.TotalSeconds,
            o.SkipFloor,
        }, s, f, c);
}
