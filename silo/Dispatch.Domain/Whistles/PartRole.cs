namespace Dispatch.Domain.Whistles;

/// <summary>主办 (exactly one per whistle) or 协办.</summary>
public enum PartRole
{
    Lead,
    Assist,
}
