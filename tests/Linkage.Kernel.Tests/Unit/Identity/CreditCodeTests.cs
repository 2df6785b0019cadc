namespace Linkage.Kernel.Tests.Identity;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // GB 32100 example
    [InlineData("914403001922038216")]
    [InlineData("12100000400000624D")]
    [InlineData("11100000000013338W")]
    [InlineData("11220000013544541J")]
    [InlineData("9135010000000000F0")] // weighted sum ≡ 0 (mod 31): check value 31 is written 0
    public void Valid_codes_parse(string s)
    {
        Assert.True(CreditCode.TryParse(s, out var code, out var error), error);
        Assert.Equal(s, code.Value);
        Assert.Equal(s, code.ToString());
        Assert.Equal(s[2..8], code.RegistrationDivision);
    }

    [Fact]
    public void Lower_case_letters_and_white_space_are_normalised()
    {
        Assert.Equal("91350100M000100Y43", CreditCode.Parse(" 91350100m000100y43 ").Value);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData(" ", "required")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000100Y430", "18 characters")]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("9135010000000000F1", "check character")]
    [InlineData("91350100I000100Y43", "'I' cannot appear")]
    [InlineData("91350100O000100Y43", "'O' cannot appear")]
    [InlineData("91350100S000100Y43", "'S' cannot appear")]
    [InlineData("91350100V000100Y43", "'V' cannot appear")]
    [InlineData("91350100Z000100Y43", "'Z' cannot appear")]
    [InlineData("91350100M000100Y4-", "'-' cannot appear")]
    [InlineData("913A0100M000100Y43", "division code")]
    public void Invalid_codes_are_rejected_with_a_reason(string? s, string reason)
    {
        Assert.False(CreditCode.TryParse(s, out var code, out var error));
        Assert.Contains(reason, error);
        Assert.Equal(default, code);
        Assert.False(CreditCode.IsValid(s));
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y44")]
    public void The_reason_does_not_repeat_the_code_typed(string s)
    {
        Assert.False(CreditCode.TryParse(s, out _, out var error));
        Assert.DoesNotContain(s, error);
    }

    [Fact]
    public void Every_single_character_change_is_caught()
    {
        const string valid = "91350100M000100Y43";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var i = 0; i < valid.Length; i++)
            foreach (var c in alphabet.Where(c => c != valid[i]))
            {
                var changed = string.Concat(valid.AsSpan(0, i), c.ToString(), valid.AsSpan(i + 1));
                Assert.False(CreditCode.IsValid(changed), changed);
            }
    }

    [Fact]
    public void Parse_throws_a_format_exception()
    {
        Assert.Contains("check character", Assert.Throws<FormatException>(() => CreditCode.Parse("91350100M000100Y44")).Message);
    }
}
