using Linkage.ServiceDefaults.Modules;

namespace Linkage.Host.Commands;

/// <summary>No argument: serve. Otherwise one command, run against the configured modules, then exit.</summary>
public static class HostCommands
{
    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<ILinkageModule> modules, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));
        switch (command)
        {
            case null or "serve":
                await app.RunAsync();
                return 0;
            case "migrate":
                return await MigrateCommand.RunAsync(app.Services, modules);
            case "seed":
                return await SeedCommand.RunAsync(app.Services, modules);
            case "token":
                return TokenCommand.Run(app, args.SkipWhile(a => a != "token").Skip(1).FirstOrDefault());
            case "catalog-import":
                return await CatalogImportCommand.RunAsync(
                    app.Services, args.SkipWhile(a => a != "catalog-import").Skip(1).FirstOrDefault(), Console.Out, Console.Error);
            case "demo-users":
                return TokenCommand.ListUsers(app);
            case "federation-key":
                return FederationKeyCommand.Run(app);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: serve, migrate, seed, token <user>, catalog-import <file>, demo-users, federation-key.");
                return 2;
        }
    }
}
