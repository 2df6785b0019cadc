using Linkage.Federation.Tests.Infrastructure;

namespace Linkage.Federation.Tests;

/// <summary>The test classes that share one <see cref="Tiers"/> (three brokers, three hosts: started once).</summary>
[CollectionDefinition(Name)]
public sealed class TiersCollection : ICollectionFixture<Tiers>
{
    public const string Name = "tiers";
}
