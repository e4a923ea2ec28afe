namespace Dispatch.Domain.Whistles;

/// <summary>紧急 / 较急 / 一般: sets the time limits, and whether the county lets the whistle skip approval.</summary>
public enum WhistleUrgency
{
    Emergency,
    Urgent,
    Normal,
}
