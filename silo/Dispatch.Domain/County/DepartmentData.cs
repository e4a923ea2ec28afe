namespace Dispatch.Domain.County;

// Part of the county file format: see CountyData.cs.

public sealed record DepartmentData(string Id, string Name, string ShortName);
