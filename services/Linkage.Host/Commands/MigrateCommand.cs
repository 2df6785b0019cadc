using Linkage.ServiceDefaults.Modules;

namespace Linkage.Host.Commands;

public static class MigrateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<ILinkageModule> modules)
    {
        foreach (var module in modules)
        {
            await module.MigrateAsync(services, CancellationToken.None);
            Console.WriteLine($"migrated {module.Name}");
        }
        return 0;
    }
}
