using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Load;

/// <summary>
/// The system half of <c>dispatch</c>: officers signed in, on duty and at a known place; leftovers of earlier runs
/// worked off; then incidents at the set rate while the officers keep reporting; a drain for offers and completions
/// still on their way; officers off duty and disconnected before it returns.
/// </summary>
public static class DispatchRun
{
    public static async Task<DispatchFigures> RunAsync(DispatchOptions o, CancellationToken stop)
    {
        await using var target = new SystemTarget(o.Fleet);
        await target.AnnounceAsync(stop);
        using var api = new IncidentApi(o, target);
        await api.SignInReporterAsync(stop);
        var points = new TownshipPoints((await api.CountyAsync(stop)).Townships);
        var fleetDepartments = Enumerable.Range(0, o.Officers)
            .Select(i => target.OfficersByCode.GetValueOrDefault(o.Fleet.OfficerCode(i))?.DepartmentId).OfType<string>().ToHashSet();
        var categories = ChooseCategories(await api.CategoriesAsync(stop), o, fleetDepartments);
        Console.WriteLine($"  reporter '{o.Reporter}' signed in; {points.Count} townships, {categories.Count} categories round-robin " +
                          $"({string.Join(", ", categories.Take(6).Select(c => c.Id))}{(categories.Count > 6 ? ", …" : "")})");

        var ledger = new OfferLedger();
        var responder = new OfferResponder(api, ledger);
        var counters = new FleetCounters();
        await using var fleet = new DeviceFleet(target, o.Fleet, counters, new FixLedger());
        var connectTime = await fleet.ConnectAllAsync(stop);
        var devices = fleet.Connected;
        counters.PrintConnected("officers signed in, connected and on duty", o.Officers, connectTime);
        foreach (var d in devices) responder.Attach(d);
        var fleetIds = devices.Select(d => d.OfficerId).ToHashSet();

        long leftovers = 0, firstAccepted = 0;
        IReadOnlyDictionary<string, long> firstNotAccepted = new Dictionary<string, long>();
        var window = TimeSpan.Zero;
        var reporter = new IncidentReporter(o, api, categories, points, ledger);
        using var fleetStop = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var abort = new CancellationTokenSource();
        if (devices.Count > 0 && !stop.IsCancellationRequested)
        {
            try
            {
                leftovers = await CompleteLeftoversAsync(api, ledger, devices, stop);
                fleet.AssignTrajectories(await target.LastPositionsAsync(stop), DateTimeOffset.UtcNow,
                    d => points.ForOfficer(target.OfficersByCode.GetValueOrDefault(o.Fleet.OfficerCode(d.Index))?.TownshipId, d.Index));
                (firstAccepted, firstNotAccepted) = await FirstFixesAsync(target, devices, stop);
                Console.WriteLine($"  first fixes: {firstAccepted} accepted" +
                                  string.Concat(firstNotAccepted.Select(k => $", {k.Value} {k.Key}")) + "; then one every " +
                                  $"{o.Fleet.Interval.TotalSeconds:0} s per officer");
                await Task.Delay(TimeSpan.FromSeconds(1), stop); // the next fix ≥ 1 s later, or it is ignoredTooFrequent
                await WarmUpAsync(o, api, categories, points, ledger, responder, fleetIds, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl+C while getting ready: report what there is.
            }
        }
        if (devices.Count > 0 && !stop.IsCancellationRequested)
        {
            var fixes = fleet.SendAsync(fleetStop.Token, abort.Token);
            Console.WriteLine($"  reporting {o.IncidentCount} urgent incidents at {o.Rate:0.##}/s for {o.Duration.TotalSeconds:0} s");
            using var progressStop = new CancellationTokenSource();
            var progress = ProgressAsync(reporter, ledger, progressStop.Token);
            window = await reporter.RunAsync(o.Rate, o.IncidentCount, stop, abort.Token);
            await DrainAsync(reporter, ledger, responder, fleetIds, o.Drain);
            progressStop.Cancel();
            await progress;
            fleetStop.Cancel();
            await fixes;
        }
        await WaitAsync(() => reporter.InFlight + responder.InFlight + fleet.InFlight == 0, TimeSpan.FromSeconds(3));
        abort.Cancel();
        responder.Abort();
        await OffDutyAsync(devices);

        var offers = ledger.Summarize(fleetIds);
        var seconds = Math.Max(window.TotalSeconds, 1e-9);
        return new DispatchFigures
        {
            Address = target.Address,
            Officers = o.Officers,
            Connected = counters.Connected,
            ConnectFailures = counters.ConnectFailures,
            ConnectFailureKinds = counters.ConnectFailureKinds,
            ConnectSeconds = Math.Round(connectTime.TotalSeconds, 1),
            LeftoversCompleted = leftovers,
            FirstFixesAccepted = firstAccepted,
            FirstFixesNotAccepted = firstNotAccepted,
            FixesSent = counters.Sent,
            FixesAccepted = counters.Accepted,
            FixErrors = counters.Errors,
            ConnectionsLost = counters.ConnectionsLost,
            Rate = o.Rate,
            Categories = categories.Count,
            WindowSeconds = Math.Round(window.TotalSeconds, 1),
            IncidentsSent = reporter.Sent,
            Created = reporter.Created,
            CreatedPerSecond = window > TimeSpan.Zero ? Math.Round(reporter.Created / seconds, 2) : 0,
            Merged = reporter.Merged,
            Refused = reporter.Refused,
            ReportErrors = reporter.Errors,
            ReportFailureKinds = reporter.FailureKinds,
            Offered = offers.Offered,
            OfferedPerSecond = window > TimeSpan.Zero ? Math.Round(offers.Offered / seconds, 2) : 0,
            OffersBeforeCreated = offers.OffersBeforeCreated,
            NotDispatched = offers.NotDispatched,
            AssignedOutsideFleet = offers.AssignedOutsideFleet,
            NeverOffered = offers.NeverOffered,
            WrongDevice = offers.WrongDevice,
            DuplicateOffers = offers.DuplicateOffers,
            UnknownOffers = offers.UnknownOffers,
            Completed = responder.Completed,
            CompletionFailures = responder.Failed,
            CompletionFailureKinds = responder.FailureKinds,
            CreatedToOffer = offers.CreatedToOffer,
            ReportToOffer = offers.ReportToOffer,
            ReportToCreated = reporter.ReportToCreated.Summarize(),
            OfferToFree = responder.OfferToFree.Summarize(),
        };
    }

    /// <summary>The categories to report, round-robin: --categories, else all whose department has an officer in the fleet.</summary>
    static List<CategoryListing> ChooseCategories(List<CategoryListing> listed, DispatchOptions o, IReadOnlySet<string> fleetDepartments)
    {
        if (listed.Count == 0)
            throw new LoadException("GET /api/categories lists no category: the county file needs \"categories\" (make-county writes them)");
        if (o.Categories.Count > 0)
        {
            var byId = listed.ToDictionary(c => c.Id);
            var unknown = o.Categories.Where(id => !byId.ContainsKey(id)).ToList();
            if (unknown.Count > 0) throw new LoadException($"unknown categor{(unknown.Count == 1 ? "y" : "ies")} {string.Join(", ", unknown)} (GET /api/categories lists {string.Join(", ", byId.Keys)})");
            return o.Categories.Select(id => byId[id]).ToList();
        }
        var covered = listed.Where(c => fleetDepartments.Count == 0 || fleetDepartments.Contains(c.DepartmentId)).ToList();
        if (covered.Count < listed.Count)
            Console.WriteLine($"  {listed.Count - covered.Count} categories left out: no officer of their department among the {o.Officers} devices");
        return covered.Count > 0 ? covered : listed;
    }

    /// <summary>Incidents an earlier (interrupted) run left with these officers are worked off, so the officers are free.</summary>
    static async Task<long> CompleteLeftoversAsync(IncidentApi api, OfferLedger ledger, IReadOnlyList<Device> devices, CancellationToken stop)
    {
        var byOfficer = devices.ToDictionary(d => d.OfficerId);
        var open = (await api.OpenAssignmentsAsync(stop)).Where(i => i.AssignedOfficerId is { } o && byOfficer.ContainsKey(o)).ToList();
        if (open.Count == 0) return 0;
        var work = new OfferResponder(api, ledger);
        foreach (var i in open)
            work.Complete(byOfficer[i.AssignedOfficerId!], i.Id, Stopwatch.GetTimestamp(),
                i.Status switch { "acknowledged" => 1, "onScene" => 2, _ => 0 });
        await WaitAsync(() => work.InFlight == 0, TimeSpan.FromSeconds(30));
        work.Abort();
        Console.WriteLine($"  {work.Completed} open incidents of earlier runs worked off" + (work.Failed > 0 ? $", {work.Failed} failed" : ""));
        return work.Completed;
    }

    /// <summary>
    /// A few incidents end to end before the window, one at a time, then forgotten: the first incidents on a fresh
    /// gateway pay for JIT and grain activation (a few hundred ms), as the floor's first samples would.
    /// </summary>
    static async Task WarmUpAsync(DispatchOptions o, IncidentApi api, List<CategoryListing> categories, TownshipPoints points,
        OfferLedger ledger, OfferResponder responder, IReadOnlySet<string> fleet, CancellationToken stop)
    {
        if (o.WarmUp == 0) return;
        var warm = new IncidentReporter(o, api, categories, points, ledger);
        using var abort = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await warm.RunAsync(rate: 5, o.WarmUp, stop, abort.Token);
        await DrainAsync(warm, ledger, responder, fleet, TimeSpan.FromSeconds(30));
        var offered = ledger.Offers;
        ledger.Clear();
        responder.Reset();
        Console.WriteLine($"  warm-up: {warm.Created} incidents created, {offered} offered (not counted)");
    }

    /// <summary>One fix per officer at once, so every officer is available at a known place before the first incident.</summary>
    internal static async Task<(long Accepted, IReadOnlyDictionary<string, long> NotAccepted)> FirstFixesAsync(
        SystemTarget target, IReadOnlyList<Device> devices, CancellationToken stop)
    {
        long accepted = 0;
        var notAccepted = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        await Parallel.ForEachAsync(devices, new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = stop }, async (d, ct) =>
        {
            var now = DateTimeOffset.UtcNow;
            var deviceTime = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
            var (lat, lon) = d.Path!.At(deviceTime);
            try
            {
                var ack = await target.SendAsync(d, new FixReport(Math.Round(lat, 7), Math.Round(lon, 7), 8, deviceTime), ct);
                if (ack.Accepted) Interlocked.Increment(ref accepted);
                else notAccepted.AddOrUpdate(ack.Outcome, 1, (_, n) => n + 1);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                notAccepted.AddOrUpdate("error: " + FleetCounters.Describe(e), 1, (_, n) => n + 1);
            }
        });
        return (accepted, notAccepted.ToDictionary());
    }

    static Task DrainAsync(IncidentReporter reporter, OfferLedger ledger, OfferResponder responder, IReadOnlySet<string> fleet, TimeSpan drain) =>
        WaitAsync(() => reporter.InFlight == 0 && responder.InFlight == 0 && ledger.AwaitingOffer(fleet) == 0, drain);

    internal static async Task WaitAsync(Func<bool> done, TimeSpan limit)
    {
        var started = Stopwatch.GetTimestamp();
        while (!done() && Stopwatch.GetElapsedTime(started) < limit) await Task.Delay(50);
    }

    /// <summary>Off shift at the end, so a later run with fewer officers is not dispatched to officers nobody holds.</summary>
    internal static Task OffDutyAsync(IReadOnlyList<Device> devices) =>
        Parallel.ForEachAsync(devices, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (d, _) =>
        {
            if (d.Closed) return;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { await d.Connection.InvokeAsync<string>(HubNames.SetOnDuty, false, timeout.Token); }
            catch (Exception) { /* still assigned, or gone: the next run copes */ }
        });

    static Task ProgressAsync(IncidentReporter reporter, OfferLedger ledger, CancellationToken ct) =>
        ProgressAsync(() => $"{reporter.Sent} reported, {reporter.Created} created, {ledger.Offers} offered, {reporter.Merged} merged, " +
                            $"{reporter.Refused + reporter.Errors} failed", ct);

    /// <summary>Every 10 s until <paramref name="ct"/> fires: the seconds so far and <paramref name="status"/>.</summary>
    internal static async Task ProgressAsync(Func<string> status, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        var started = Stopwatch.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                Console.WriteLine($"  {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s: {status()}");
        }
        catch (OperationCanceledException) { }
    }
}
