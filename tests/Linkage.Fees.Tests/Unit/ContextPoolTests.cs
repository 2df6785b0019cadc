using System.Globalization;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Fees.Tests.Unit;

/// <summary>A module's context pool keeps at most <c>Linkage:Persistence:ContextPoolSize</c> contexts: of those
/// returned together past it, the rest are disposed, with the connection objects and recycled commands they hold
/// (decision 0847); its saves send at most <c>Linkage:Persistence:MaxBatchSize</c> statements a command (0844).</summary>
public sealed class ContextPoolTests
{
    [Fact]
    public void Contexts_returned_past_the_pool_size_are_not_kept()
    {
        using var services = Services(poolSize: 2);

        var first = RentTogether(services, 3);
        var second = RentTogether(services, 3);

        Assert.Equal(3, first.Distinct().Count());
        Assert.Equal(2, second.Intersect(first).Count());
    }

    [Fact]
    public void The_default_pool_keeps_its_size_of_contexts_returned_together_and_no_more()
    {
        using var services = Services(poolSize: null);

        var first = RentTogether(services, ModuleDbContextExtensions.DefaultContextPoolSize + 1);
        var second = RentTogether(services, first.Count);

        Assert.Equal(ModuleDbContextExtensions.DefaultContextPoolSize, second.Intersect(first).Count());
    }

    [Theory]
    [InlineData(null, ModuleDbContextExtensions.DefaultMaxBatchSize)]
    [InlineData("12", 12)]
    public void A_save_batches_at_most_the_configured_statements_a_command(string? configured, int expected)
    {
        using var services = Services(poolSize: null, batchSize: configured);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FeesDbContext>();

        Assert.Equal(expected, RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MaxBatchSize);
    }

    /// <summary>Rents <paramref name="count"/> contexts in scopes open at once, then ends the scopes.</summary>
    private static List<FeesDbContext> RentTogether(ServiceProvider services, int count)
    {
        var scopes = Enumerable.Range(0, count).Select(_ => services.CreateScope()).ToList();
        var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<FeesDbContext>()).ToList();
        foreach (var scope in scopes) scope.Dispose();
        return contexts;
    }

    private static ServiceProvider Services(int? poolSize, string? batchSize = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Linkage"] = "Host=unused", ["Linkage:Persistence:MaxBatchSize"] = batchSize,
        };
        if (poolSize is { } size)
            settings["Linkage:Persistence:ContextPoolSize"] = size.ToString(CultureInfo.InvariantCulture);
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging()
            .AddModuleDbContext<FeesDbContext>(config, "fees", FeesDbContext.SchemaName).BuildServiceProvider();
    }
}
