namespace Linkage.Messaging.Tests.Federation;

public sealed class DivisionScopeTests
{
    [Theory]
    [InlineData("330000000000", "33")]
    [InlineData("330100000000", "3301")]
    [InlineData("330102000000", "330102")]
    [InlineData("330102001000", "330102001")]
    [InlineData("330102001002", "330102001002")]
    public void The_subtree_of_a_code_is_its_significant_prefix(string code, string prefix) =>
        Assert.Equal(prefix, DivisionScope.SignificantPrefix(code));

    [Fact]
    public void No_served_division_means_every_target_is_served()
    {
        var scope = new DivisionScope([]);
        Assert.True(scope.Covers("350000000000"));
        Assert.True(scope.Covers(null));
    }

    [Fact]
    public void A_served_subtree_covers_its_descendants_only()
    {
        var scope = new DivisionScope(["330102000000"]);
        Assert.True(scope.Covers("330102000000"));
        Assert.True(scope.Covers("330102001002"));
        Assert.False(scope.Covers("330103000000"));
        Assert.False(scope.Covers("330100000000"));
        Assert.False(scope.Covers(null));
        Assert.False(scope.Covers("3301020010"));
    }

    [Fact]
    public void Serves_rejects_what_is_not_a_division_code() =>
        Assert.Throws<ArgumentException>(() => new DivisionScope(["33010"]));
}
