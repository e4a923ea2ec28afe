using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>The inspection code (亮码) an enterprise scans: short, unambiguous to read aloud, not guessable.</summary>
public class InspectionCodeTests
{
    [Fact]
    public void A_code_is_twelve_characters_without_look_alikes()
    {
        for (var i = 0; i < 1000; i++)
        {
            var code = InspectionCode.New();
            Assert.Equal(12, code.Length);
            Assert.All(code, c => Assert.True(char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c), code));
            Assert.DoesNotContain(code, c => c is '0' or 'O' or '1' or 'I' or 'L');
            Assert.True(InspectionCode.IsWellFormed(code), code);
        }
    }

    [Fact]
    public void Ten_thousand_codes_are_distinct()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => InspectionCode.New()).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Codes_use_the_whole_alphabet()
    {
        var seen = Enumerable.Range(0, 2000).SelectMany(_ => InspectionCode.New()).ToHashSet();
        Assert.Equal("23456789ABCDEFGHJKMNPQRSTUVWXYZ", string.Concat(seen.Order()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDEFGHJKM")]      // 11
    [InlineData("ABCDEFGHJKMNP")]    // 13
    [InlineData("ABCDEFGHJKM0")]
    [InlineData("ABCDEFGHJKMO")]
    [InlineData("ABCDEFGHJKM1")]
    [InlineData("ABCDEFGHJKMI")]
    [InlineData("ABCDEFGHJKML")]
    [InlineData("abcdefghjkmn")]     // lower case is not the code
    [InlineData("ABCDEFGHJKM ")]
    [InlineData("ABCDEFGHJKM-")]
    [InlineData("ABCDEFGHJKM中")]
    public void Anything_else_is_not_a_well_formed_code(string? code) => Assert.False(InspectionCode.IsWellFormed(code));

    [Fact]
    public void A_code_of_the_alphabet_is_well_formed() => Assert.True(InspectionCode.IsWellFormed("23456789ABCZ"));
}
