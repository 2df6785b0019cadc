namespace Linkage.Messaging.Tests.Federation;

public sealed class DivisionScopeTests
{
    [Fact]
    public void Several_served_subtrees_are_each_covered()
    {
        var scope = new DivisionScope(["330100000000", "340102000000"]);
        Assert.True(scope.Covers("330102001002"));
        Assert.True(scope.Covers("340102003000"));
        Assert.False(scope.Covers("340103000000"));
    }

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
        Assert.Throws<FormatException>(() => new DivisionScope(["33010"]));
}
