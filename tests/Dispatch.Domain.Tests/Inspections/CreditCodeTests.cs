using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Tests.Inspections;

public class CreditCodeTests
{
    [Fact]
    public void The_standards_example_is_valid_and_every_other_check_character_is_not()
    {
        const string example = "91350100M000100Y43"; // GB 32100-2015's worked example
        Assert.True(CreditCode.IsValid(example));
        Assert.Equal('3', CreditCode.CheckCharacter(example[..17]));
        foreach (var wrong in "0123456789ABCDEFGHJKLMNPQRTUWXY".Where(c => c != '3'))
            Assert.False(CreditCode.IsValid(example[..17] + wrong));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]    // 17 characters
    [InlineData("91350100M000100Y433")]  // 19
    [InlineData("91350100m000100Y43")]   // lower case
    [InlineData("91350100I000100Y43")]   // I is not in the alphabet
    [InlineData("91350100M000100Y4Z")]   // nor is Z
    public void Malformed_codes_are_invalid(string? code) => Assert.False(CreditCode.IsValid(code));

    [Fact]
    public void A_single_changed_character_is_caught()
    {
        const string example = "91350100M000100Y43";
        for (var i = 0; i < 17; i++)
        {
            var changed = example[..i] + (example[i] == '1' ? '2' : '1') + example[(i + 1)..];
            Assert.False(CreditCode.IsValid(changed), changed);
        }
    }
}
