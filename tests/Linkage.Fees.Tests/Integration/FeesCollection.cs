namespace Linkage.Fees.Tests.Integration;

/// <summary>One host for every fees test class, which then run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class FeesCollection : ICollectionFixture<FeesHostFixture>
{
    public const string Name = "fees";
}
