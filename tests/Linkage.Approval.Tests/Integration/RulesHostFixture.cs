using Linkage.Testing;

namespace Linkage.Approval.Tests.Integration;

/// <summary>A host whose food permit entry is configured for 2-of-3 joint review ending in the chief
/// representative's final sign-off.</summary>
public sealed class RulesHostFixture : IAsyncLifetime
{
    public const string FoodPermitImplementation = "350926-000121010000-01";

    public LinkageTestHost Host { get; private set; } = null!;

    public AcceptedCases Cases { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("catalog,approval,certificates", configure: settings =>
        {
            settings[$"Linkage:Approval:Quorums:{FoodPermitImplementation}"] = "2";
            settings["Linkage:Approval:FinalSignOff:0"] = FoodPermitImplementation;
        });
        Cases = new AcceptedCases(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
