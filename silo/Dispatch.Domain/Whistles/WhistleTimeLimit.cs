namespace Dispatch.Domain.Whistles;

/// <summary>
/// Minutes a summoned department has, counted from the whistle opening: to report (name officers) and to be on scene;
/// a further EscalateAfterMinutes past either before the zone centre is told.
/// </summary>
public sealed record WhistleTimeLimit(int ReportMinutes, int ArriveMinutes, int EscalateAfterMinutes);
