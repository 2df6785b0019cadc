namespace Linkage.Chaos.Tests;

/// <summary>One short <c>./platform chaos</c> (each fault kind of the all-in-one suite once; not the link cut, whose
/// three tiers take most of the project's 15 minutes to start on a loaded machine) on a platform of its own, shared by the tests
/// that read its report and those that look at what it left running; <c>down</c> afterwards.</summary>
public sealed class ChaosRunFixture : IAsyncLifetime
{
    public IsolatedPlatform Platform { get; } = new();

    public string Report => Path.Combine(Platform.State, "chaos.json");

    public int Exit { get; private set; }

    public async Task InitializeAsync() =>
        Exit = await Platform.RunAsync("chaos", "--faults", "host-kill,rabbit-restart,pg-restart", "--count", "1", "--between-seconds", "4", "--settle-seconds", "300",
            "--clients", "2", "--rate", "2", "--report", Report);

    public async Task DisposeAsync() => await Platform.DisposeAsync();

    public string Tail() =>
        File.Exists(Platform.Log) ? string.Join('\n', File.ReadLines(Platform.Log).TakeLast(60)) : "(no log)";
}

[CollectionDefinition(Name)]
public sealed class ChaosCollection : ICollectionFixture<ChaosRunFixture>
{
    public const string Name = "chaos run";
}
