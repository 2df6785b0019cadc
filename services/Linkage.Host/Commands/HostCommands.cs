using Linkage.Messaging;
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
                return app.Environment.IsDevelopment() ? await SeedCommand.RunAsync(app.Services, modules) : TokenCommand.NotAvailable();
            case "token":
                return TokenCommand.Run(app, args.SkipWhile(a => a != "token").Skip(1).FirstOrDefault());
            case "catalog-import":
                return await CatalogImportCommand.RunAsync(
                    app.Services, args.SkipWhile(a => a != "catalog-import").Skip(1).FirstOrDefault(), Console.Out, Console.Error);
            case "messages":
                var rest = args.SkipWhile(a => a != "messages").Skip(1).ToArray();
                return await MessagesCommand.RunAsync(app.Services, app.Configuration, rest.FirstOrDefault(), rest.Skip(1).FirstOrDefault());
            case "audit":
                return await AuditCommand.RunAsync(app.Configuration, app.Services.GetService<FederationTrust>(), args.SkipWhile(a => a != "audit").Skip(1).FirstOrDefault(), Console.Out);
            case "demo-users":
                return TokenCommand.ListUsers(app);
            case "federation-key":
                return FederationKeyCommand.Run(app);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: serve, migrate, seed, token <user>, catalog-import <file>, messages replay|purge, audit verify, demo-users, federation-key.");
                return 2;
        }
    }
}
