namespace Linkage.Kernel.Tests.Divisions;

public sealed class DivisionHierarchyTests
{
    private static DivisionCode C(string s) => DivisionCode.Parse(s);

    [Fact]
    public void Parents_walk_up_one_segment_at_a_time_to_the_province()
    {
        var chain = new List<string>();
        for (DivisionCode? c = C("330102001001"); c is { } code; c = code.Parent) chain.Add(code.Value);
        Assert.Equal(["330102001001", "330102001000", "330102000000", "330100000000", "330000000000"], chain);
    }

    [Theory]
    [InlineData("429004000000", "420000000000")] // 仙桃: province-administered county, no real city above it
    [InlineData("419001000000", "410000000000")] // 济源
    [InlineData("429004001000", "429004000000")]
    [InlineData("441900003000", "441900000000")] // 东莞: towns directly under a city without counties
    [InlineData("441900000000", "440000000000")]
    public void Parents_skip_levels_that_are_not_there(string child, string parent)
    {
        var p = C(child).Parent;
        Assert.NotNull(p);
        Assert.Equal(parent, p.Value.Value);
        Assert.Equal(C(parent).Level, p.Value.Level);
    }

    [Theory]
    [InlineData("330102001001", "330102001001", true)]
    [InlineData("330102001001", "330102001000", true)]
    [InlineData("330102001001", "330102000000", true)]
    [InlineData("330102001001", "330000000000", true)]
    [InlineData("429004001000", "420000000000", true)]
    [InlineData("330102000000", "330102001001", false)]
    [InlineData("330103000000", "330102000000", false)]
    [InlineData("330102010001", "330102001000", false)]
    [InlineData("331000000000", "330100000000", false)]
    [InlineData("320102000000", "330000000000", false)]
    public void IsWithin_means_the_same_division_or_one_below_it(string code, string ancestor, bool within)
    {
        Assert.Equal(within, C(code).IsWithin(C(ancestor)));
        Assert.Equal(within, C(ancestor).Contains(C(code)));
    }

    [Fact]
    public void Nothing_is_within_the_default_value_and_it_is_within_nothing()
    {
        Assert.False(C("330102000000").IsWithin(default));
        Assert.False(default(DivisionCode).IsWithin(C("330000000000")));
        Assert.False(default(DivisionCode).Contains(C("330102000000")));
    }
}
