namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>How the office's grains are addressed: the county's by county id, a year's by <c>{county}/{year}</c>.</summary>
public static class InspectionOffices
{
    public static string Key(string countyId, int year) => $"{countyId}/{year}";

    /// <summary>The county and year of a year grain's key.</summary>
    public static (string CountyId, int Year) Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return (key[..slash], int.Parse(key[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static IInspectionOfficeGrain Office(this IGrainFactory grains, string countyId) => grains.GetGrain<IInspectionOfficeGrain>(countyId);

    public static IInspectionYearGrain OfficeYear(this IGrainFactory grains, string countyId, int year) =>
        grains.GetGrain<IInspectionYearGrain>(Key(countyId, year));
}
