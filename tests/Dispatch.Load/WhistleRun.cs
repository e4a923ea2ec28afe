using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Load;

/// <summary>
/// The system half of <c>whistle</c>: the township, approver and desk accounts signed in, each named desk's console
/// connected, up to N officers of each named department signed in on their devices, on duty and at a known place;
/// open whistles of earlier runs cancelled; then whistles at the set rate (see <see cref="WhistleCaller"/>); a drain;
/// officers off duty and every connection closed before it returns.
/// </summary>
public static class WhistleRun
{
    public static async Task<WhistleFigures> RunAsync(WhistleOptions o, CancellationToken stop)
    {
        var ledger = new WhistleLedger(); // every push the desks and devices receive goes here, timed on arrival
        await using var target = new SystemTarget(o.Fleet);
        await target.AnnounceAsync(stop);
        using var api = new WhistleApi(o.Urls, target);
        foreach (var account in new[] { o.Township, o.Approver }.Concat(o.Departments.Select(o.Desk)))
            await api.SignInAsync(account, o.AccountPassword, stop);
        var county = await api.GetAsync<CountyListing>(o.Township, "/api/county", stop);
        if (county.Townships.All(t => t.Id != o.TownshipId))
            throw new LoadException($"'{o.Township}' sees no township {o.TownshipId} in GET /api/county");
        var points = new TownshipPoints(county.Townships);

        var chosen = ChooseOfficers(o, target.OfficersByCode.Values);
        var fleetOptions = o.Fleet with { Devices = chosen.Count, Codes = chosen.Select(c => c.Code).ToList() };
        target.UseFleet(fleetOptions);
        var departmentOf = chosen.ToDictionary(c => c.Id, c => c.DepartmentId!);
        Console.WriteLine($"  '{o.Township}', '{o.Approver}' and {string.Join(", ", o.Departments.Select(d => $"'{o.Desk(d)}'"))} signed in; " +
                          $"whistles in {o.TownshipId} naming {string.Join(", ", o.Departments.Select((d, i) => i == 0 ? d + " (lead)" : d))}; officers " +
                          string.Join(", ", o.Departments.Select(d => $"{d} {chosen.Count(c => c.DepartmentId == d)}")));

        var desks = new List<DeskConsole>();
        var counters = new FleetCounters();
        await using var fleet = new DeviceFleet(target, fleetOptions, counters, new FixLedger());
        try
        {
            foreach (var d in o.Departments) desks.Add(await DeskConsole.ConnectAsync(o.Urls[0], d, api.Token(o.Desk(d)), ledger, stop));
            var connectTime = await fleet.ConnectAllAsync(stop);
            var devices = fleet.Connected;
            Console.WriteLine($"  {desks.Count} desk consoles connected");
            counters.PrintConnected("officers signed in, connected and on duty", chosen.Count, connectTime);
            foreach (var d in devices)
                d.Connection.On<WhistleTaskOffer>(WhistleNames.TaskOffered, offer => ledger.Offered(offer.WhistleId, d.OfficerId, Stopwatch.GetTimestamp()));
            var pools = new OfficerPools(devices.Select(d => (departmentOf[d.OfficerId], d.OfficerId)));

            long leftovers = 0, firstAccepted = 0;
            IReadOnlyDictionary<string, long> firstNotAccepted = new Dictionary<string, long>();
            var window = TimeSpan.Zero;
            var caller = new WhistleCaller(o, api, points, ledger, pools);
            using var abort = new CancellationTokenSource();
            var ready = devices.Count > 0 && o.Departments.All(d => pools.Free(d) > 0);
            if (!ready) Console.WriteLine("  not every named department has a connected officer: no whistles");
            if (ready && !stop.IsCancellationRequested)
            {
                try
                {
                    leftovers = await CancelLeftoversAsync(o, api, stop);
                    fleet.AssignTrajectories(await target.LastPositionsAsync(stop), DateTimeOffset.UtcNow,
                        d => points.ForOfficer(chosen[d.Index].TownshipId, d.Index));
                    (firstAccepted, firstNotAccepted) = await DispatchRun.FirstFixesAsync(target, devices, stop);
                    Console.WriteLine($"  first fixes: {firstAccepted} accepted" + string.Concat(firstNotAccepted.Select(k => $", {k.Value} {k.Key}")));
                    await WarmUpAsync(o, api, points, ledger, pools, stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // Ctrl+C while getting ready: report what there is.
                }
            }
            if (ready && !stop.IsCancellationRequested)
            {
                Console.WriteLine($"  {o.WhistleCount} whistles at {o.Rate:0.##}/s for {o.Duration.TotalSeconds:0} s: raise, approve, assign one officer per department, cancel");
                using var progressStop = new CancellationTokenSource();
                var progress = ProgressAsync(caller, ledger, progressStop.Token);
                window = await caller.RunAsync(o.Rate, o.WhistleCount, stop, abort.Token);
                await DispatchRun.WaitAsync(() => caller.InFlight == 0, o.Drain + TimeSpan.FromSeconds(5));
                progressStop.Cancel();
                await progress;
            }
            abort.Cancel();
            await DispatchRun.WaitAsync(() => caller.InFlight == 0, TimeSpan.FromSeconds(35)); // cancellations still free officers
            await DispatchRun.OffDutyAsync(devices);

            return new WhistleFigures
            {
                Address = target.Address,
                Departments = o.Departments,
                TownshipId = o.TownshipId,
                Officers = counters.Connection(chosen.Count, connectTime),
                FirstFixesAccepted = firstAccepted,
                FirstFixesNotAccepted = firstNotAccepted,
                LeftoversCancelled = leftovers,
                DesksLost = desks.Where(d => d.Lost is not null).ToDictionary(d => d.DepartmentId, d => d.Lost!),
                Rate = o.Rate,
                WindowSeconds = Math.Round(window.TotalSeconds, 1),
                Sent = caller.Sent,
                Created = caller.Created,
                Approved = caller.Approved,
                Assigned = caller.Assigned,
                Cancelled = caller.Cancelled,
                NoFreeOfficer = caller.NoFreeOfficer,
                OfficersLeftBusy = caller.OfficersLeftBusy,
                Failures = caller.Failures,
                FailureKinds = caller.FailureKinds,
                Deliveries = ledger.Summarize(),
                RaiseRoundTrip = caller.RaiseRoundTrip.Summarize(),
                ApproveRoundTrip = caller.ApproveRoundTrip.Summarize(),
                AssignRoundTrip = caller.AssignRoundTrip.Summarize(),
                CancelRoundTrip = caller.CancelRoundTrip.Summarize(),
            };
        }
        finally
        {
            foreach (var d in desks) await d.DisposeAsync();
        }
    }

    /// <summary>Up to N officers of each named department, lowest codes first, skipping those busy with other work.</summary>
    static List<OfficerListing> ChooseOfficers(WhistleOptions o, IEnumerable<OfficerListing> listed)
    {
        var free = listed.Where(x => x.Status is null or "offDuty" or "available").OrderBy(x => x.Code, StringComparer.Ordinal).ToList();
        var chosen = o.Departments.SelectMany(d => free.Where(x => x.DepartmentId == d).Take(o.OfficersPerDepartment)).ToList();
        var none = o.Departments.Where(d => chosen.All(c => c.DepartmentId != d)).ToList();
        if (none.Count > 0) throw new LoadException($"GET /api/officers lists no free officer of {string.Join(", ", none)}");
        return chosen;
    }

    /// <summary>Whistles of this tool that an interrupted run left open or awaiting approval: cancelled, so their officers are free.</summary>
    static async Task<long> CancelLeftoversAsync(WhistleOptions o, WhistleApi api, CancellationToken stop)
    {
        long cancelled = 0;
        foreach (var status in new[] { "pendingApproval", "open" })
        foreach (var w in (await api.GetAsync<WhistlePage>(o.Township, $"/api/whistles?status={status}&townshipId={o.TownshipId}&limit=200", stop)).Items)
        {
            if (!w.Title.StartsWith(WhistleNames.TitlePrefix, StringComparison.Ordinal)) continue;
            var answer = await api.ActAsync(0, o.Township, w.Id, "cancel", new WhistleActionBody(Reason: WhistleNames.CancelReason), stop);
            if (answer.Status == System.Net.HttpStatusCode.OK) cancelled++;
        }
        if (cancelled > 0) Console.WriteLine($"  {cancelled} whistles of earlier runs cancelled");
        return cancelled;
    }

    /// <summary>A few whistles end to end before the window, then forgotten: the first ones pay for JIT and grain activation.</summary>
    static async Task WarmUpAsync(WhistleOptions o, WhistleApi api, TownshipPoints points, WhistleLedger ledger, OfficerPools pools, CancellationToken stop)
    {
        if (o.WarmUp == 0) return;
        var warm = new WhistleCaller(o, api, points, ledger, pools);
        using var abort = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await warm.RunAsync(rate: 2, o.WarmUp, stop, abort.Token);
        await DispatchRun.WaitAsync(() => warm.InFlight == 0, TimeSpan.FromSeconds(40));
        var delivered = ledger.Summarize();
        ledger.Clear();
        Console.WriteLine($"  warm-up: {warm.Created} whistles, {delivered.ApproveToDesk.Count} desk pushes, {delivered.AssignToOffer.Count} offers, " +
                          $"{warm.Cancelled} cancelled, {warm.FailureTotal} failed (not counted)");
        foreach (var (kind, n) in warm.FailureKinds) Console.WriteLine($"    {n} × {kind}");
    }

    static Task ProgressAsync(WhistleCaller caller, WhistleLedger ledger, CancellationToken ct) =>
        DispatchRun.ProgressAsync(() => $"{caller.Created} raised, {caller.Approved} approved, {ledger.DeskArrivals} desk pushes, " +
                                        $"{caller.Assigned} assigned, {ledger.Offers} offers, {caller.Cancelled} cancelled, {caller.FailureTotal} failed", ct);
}
