using Linkage.Testing;

namespace Linkage.Intake.Tests;

/// <summary>Catalog + intake with a small material size limit, so oversized files are cheap to send.</summary>
public sealed class MaterialsHostFixture : IAsyncLifetime
{
    public const int MaxBytes = 4096;

    public LinkageTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("catalog,intake",
        configure: s => s["Intake:MaxMaterialBytes"] = MaxBytes.ToString());

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public Task<long> CountAsync(string sql) => Database.CountAsync(Host, sql);
}
