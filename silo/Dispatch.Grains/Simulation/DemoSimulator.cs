using Dispatch.Domain.County;
using Dispatch.Domain.Simulation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Officers;

namespace Dispatch.Grains.Simulation;

/// <summary>
/// Keeps the demo county alive: officers patrol their townships and go on and off duty. It speaks through the
/// same grain methods a device uses, marked as the simulator, so an officer with a real device is left alone.
/// </summary>
public sealed class DemoSimulator(
    IGrainFactory grains,
    CountyDirectory county,
    TimeProvider time,
    IOptions<SimulatorSettings> options,
    ILogger<DemoSimulator> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return;

        var rng = new Random(7);
        var walkers = county.Officers
            .Where(o => o.TownshipId is not null)
            .Select((o, i) => new Walker(o, new PatrolWalk(county.TownshipShape(o.TownshipId!), i)) { OnDuty = rng.NextDouble() < settings.OnDutyShare })
            .ToList();
        log.LogInformation("Demo simulator started for {Count} officers", walkers.Count);

        // Spread reports over the period: each tick moves one slice of the officers.
        const int slices = 10;
        var tick = settings.ReportEvery / slices;
        var slice = 0;
        using var timer = new PeriodicTimer(tick, time);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken); // let the silo finish starting
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var batch = walkers.Where((_, i) => i % slices == slice).ToList();
                slice = (slice + 1) % slices;
                await Task.WhenAll(batch.Select(w => Step(w, settings, rng)));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        async Task Step(Walker w, SimulatorSettings s, Random r)
        {
            var officer = grains.GetGrain<IOfficerGrain>(w.Officer.Id);
            try
            {
                if (r.NextDouble() < s.DutyToggleChance) w.OnDuty = !w.OnDuty;
                await officer.SetOnDuty(w.OnDuty, ReportSource.Simulator);
                if (!w.OnDuty) return;
                var p = w.Walk.Advance(s.ReportEvery);
                await officer.ReportPosition(new PositionReport(p.Lat, p.Lon, 10, time.GetUtcNow()), ReportSource.Simulator);
            }
            catch (RuleRefusedException)
            {
                // busy with work: stays on duty
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Simulator step failed for {OfficerId}", w.Officer.Id);
            }
        }
    }

    sealed class Walker(OfficerProfile officer, PatrolWalk walk)
    {
        public OfficerProfile Officer { get; } = officer;
        public PatrolWalk Walk { get; } = walk;
        public bool OnDuty { get; set; }
    }
}
