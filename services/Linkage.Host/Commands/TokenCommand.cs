using Linkage.ServiceDefaults.Auth;

namespace Linkage.Host.Commands;

/// <summary>Development only: tokens for the seeded demo users. Outside Development the command does not exist, and
/// a published build has no demo users (demo-users.json is not published; docs/decisions/0312).</summary>
public static class TokenCommand
{
    public static int Run(WebApplication app, string? userName)
    {
        if (!app.Environment.IsDevelopment()) return NotAvailable();
        if (!File.Exists(DemoUsersPath(app))) return NoDemoUsers();
        var user = DemoUsers(app).FirstOrDefault(u => u.UserName == userName);
        if (user is null)
        {
            Console.Error.WriteLine($"Unknown demo user '{userName}'. Try: {string.Join(", ", DemoUsers(app).Select(u => u.UserName))}");
            return 2;
        }
        var issuer = new DevTokenIssuer(AuthSettings.From(app.Configuration), PersonalIdKey.From(app.Configuration));
        Console.WriteLine(issuer.Issue(user, TimeSpan.FromHours(12)));
        return 0;
    }

    public static int ListUsers(WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return NotAvailable();
        if (!File.Exists(DemoUsersPath(app))) return NoDemoUsers();
        foreach (var u in DemoUsers(app))
            Console.WriteLine($"{u.UserName,-22} {string.Join(",", u.Roles),-34} {u.Division}  {u.Name}");
        return 0;
    }

    public static IReadOnlyList<DemoUser> DemoUsers(WebApplication app) =>
        DemoUsersFile.Load(DemoUsersPath(app));

    private static string DemoUsersPath(WebApplication app) => Path.Combine(app.Environment.ContentRootPath, "demo-users.json");

    internal static int NotAvailable()
    {
        Console.Error.WriteLine("Demo users, their tokens and the demo data exist only in the Development environment.");
        return 2;
    }

    private static int NoDemoUsers()
    {
        Console.Error.WriteLine("This build has no demo users: demo-users.json is not published.");
        return 2;
    }
}
