using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0647: where roll-ups and audit heads go.</summary>
public sealed class ReportsToTests
{
    [Theory]
    [InlineData("350926000000", null, "350900000000")]
    [InlineData("350926100000", null, "350926000000")]
    [InlineData("350900000000", "none", null)]
    [InlineData("350900000000", " none ", null)]
    [InlineData("350926100000", "350900000000", "350900000000")]
    [InlineData(null, null, null)]
    public void Roll_ups_go_to_the_parent_unless_told_otherwise(string? serves, string? reportsTo, string? above) =>
        Assert.Equal(above, Options(serves, reportsTo).Above);

    [Fact]
    public void A_value_that_is_neither_a_division_nor_none_stops_the_start()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Options("350926000000", "province"));
        Assert.Contains("Linkage:Federation:ReportsTo", ex.Message);
    }

    private static FederationOptions Options(string? serves, string? reportsTo) =>
        FederationOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Linkage:Serves"] = serves,
            ["Linkage:Federation:ReportsTo"] = reportsTo,
        }).Build());
}
