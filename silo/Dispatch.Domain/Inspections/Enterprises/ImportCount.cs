namespace Dispatch.Domain.Inspections.Enterprises;

/// <summary>What an import did: enterprises new to the directory, and ones it already had, replaced.</summary>
public sealed record ImportCount(int Imported, int Updated);
