namespace Dispatch.Gateway.Evidence;

public sealed record EvidenceSettings
{
    /// <summary>A local folder in embedded mode; in a cluster a volume every gateway mounts at the same path.</summary>
    public string? Path { get; init; }
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
}
