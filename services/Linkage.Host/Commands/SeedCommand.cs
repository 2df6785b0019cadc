using Linkage.ServiceDefaults.Modules;

namespace Linkage.Host.Commands;

/// <summary>Writes the demo province (idempotent: a second run changes nothing).</summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<ILinkageModule> modules)
    {
        foreach (var module in modules.OfType<ISeedsDemoData>())
        {
            await module.SeedAsync(services, CancellationToken.None);
            Console.WriteLine($"seeded {((ILinkageModule)module).Name}");
        }
        return 0;
    }
}
