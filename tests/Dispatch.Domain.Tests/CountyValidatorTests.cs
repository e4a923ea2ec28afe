using Dispatch.Domain.County;

namespace Dispatch.Domain.Tests;

public class CountyValidatorTests
{
    static readonly CountyData Demo = DemoCounty.Generate("hash");

    [Fact]
    public void The_demo_county_is_valid() => Assert.Empty(CountyValidator.Validate(Demo));

    [Fact]
    public void An_officer_in_an_unknown_department_is_reported()
    {
        var bad = Demo with { Officers = [.. Demo.Officers, Demo.Officers[0] with { Id = "X1", Code = "X1", DepartmentId = "police" }] };
        Assert.Contains(CountyValidator.Validate(bad), e => e.Contains("unknown department 'police'"));
    }

    [Fact]
    public void Duplicate_ids_and_dangling_references_are_all_reported_at_once()
    {
        var bad = Demo with
        {
            Zones = [.. Demo.Zones, Demo.Zones[0]],
            Accounts = [.. Demo.Accounts, new AccountData { Username = "x", PasswordHash = "h", Role = "zoneDispatcher", DisplayName = "x" }],
        };
        var errors = CountyValidator.Validate(bad);
        Assert.Contains(errors, e => e.Contains("duplicate zone id 'Z1'"));
        Assert.Contains(errors, e => e.Contains("zone dispatcher 'x' has no zone"));
    }

    [Fact]
    public void A_directory_refuses_invalid_data_with_every_error()
    {
        var bad = Demo with { Accounts = [new AccountData { Username = "x", PasswordHash = "h", Role = "sheriff", DisplayName = "x" }] };
        var e = Assert.Throws<InvalidCountyDataException>(() => new CountyDirectory(bad));
        Assert.Contains(e.Errors, m => m.Contains("unknown role 'sheriff'"));
    }
}
