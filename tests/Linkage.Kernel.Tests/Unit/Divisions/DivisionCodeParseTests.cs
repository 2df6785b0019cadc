namespace Linkage.Kernel.Tests.Divisions;

public sealed class DivisionCodeParseTests
{
    [Theory]
    [InlineData("330000000000", DivisionLevel.Province, "33")]
    [InlineData("330100000000", DivisionLevel.City, "3301")]
    [InlineData("330102000000", DivisionLevel.County, "330102")]
    [InlineData("330102001000", DivisionLevel.Town, "330102001")]
    [InlineData("330102001001", DivisionLevel.Village, "330102001001")]
    [InlineData("429004000000", DivisionLevel.County, "429004")]
    [InlineData("441900003000", DivisionLevel.Town, "441900003")]
    [InlineData("110000000000", DivisionLevel.Province, "11")]
    [InlineData("820000000000", DivisionLevel.Province, "82")]
    public void Valid_codes_have_their_level_and_significant_prefix(string s, DivisionLevel level, string prefix)
    {
        Assert.True(DivisionCode.TryParse(s, out var code, out var error), error);
        Assert.Null(error);
        Assert.Equal(s, code.Value);
        Assert.Equal(level, code.Level);
        Assert.Equal(prefix, code.SignificantPrefix);
        Assert.Equal(s, code.ToString());
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("33010200100", "12 ASCII digits")]
    [InlineData("3301020010011", "12 ASCII digits")]
    [InlineData("33010200100a", "12 ASCII digits")]
    [InlineData("３３０１０２００１００１", "12 ASCII digits")]
    [InlineData("330102-01001", "12 ASCII digits")]
    [InlineData("000000000000", "province")]
    [InlineData("001020000000", "province")]
    [InlineData("100000000000", "province")]
    [InlineData("990000000000", "province")]
    [InlineData("330000001000", "town segment under a missing county")]
    [InlineData("330002000000", "county segment under a missing city")]
    [InlineData("330102000001", "village segment under a missing town")]
    [InlineData("330000000001", "village segment under a missing town")]
    public void Invalid_codes_are_rejected_with_a_reason(string? s, string reason)
    {
        Assert.False(DivisionCode.TryParse(s, out var code, out var error));
        Assert.Contains(reason, error);
        Assert.Equal(default, code);
    }

    [Fact]
    public void Parse_throws_a_format_exception_carrying_the_reason()
    {
        var e = Assert.Throws<FormatException>(() => DivisionCode.Parse("330000001000"));
        Assert.Contains("330000001000", e.Message);
        Assert.Contains("missing county", e.Message);
    }

    [Fact]
    public void Surrounding_white_space_is_ignored_and_equal_codes_are_equal()
    {
        Assert.Equal(DivisionCode.Parse("330102000000"), DivisionCode.Parse(" 330102000000\t"));
        Assert.NotEqual(DivisionCode.Parse("330102000000"), DivisionCode.Parse("330103000000"));
    }

    [Fact]
    public void The_default_value_is_empty_and_has_no_level()
    {
        DivisionCode code = default;
        Assert.Equal("", code.Value);
        Assert.Equal("", code.SignificantPrefix);
        Assert.False(Enum.IsDefined(code.Level));
        Assert.Null(code.Parent);
    }
}
