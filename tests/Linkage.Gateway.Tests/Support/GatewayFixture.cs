namespace Linkage.Gateway.Tests.Infrastructure;

/// <summary>Seven backends and a gateway with default limits, shared by the read-only tests.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public Backends Backends { get; private set; } = null!;
    public GatewayHost Gateway { get; private set; } = null!;
    public string Token { get; } = Tokens.For("clerk-1");

    public async Task InitializeAsync()
    {
        Backends = await Backends.StartAsync();
        var settings = Backends.GatewaySettings();
        settings["Linkage:Gateway:Cors:Origins:0"] = "https://window.example.gov.cn";
        Gateway = await GatewayHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Backends.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
