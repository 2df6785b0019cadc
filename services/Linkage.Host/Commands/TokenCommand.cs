using Linkage.ServiceDefaults.Auth;

namespace Linkage.Host.Commands;

/// <summary>Development only: tokens for the seeded demo users. Outside Development the command does not exist.</summary>
public static class TokenCommand
{
    public static int Run(WebApplication app, string? userName)
    {
        if (!app.Environment.IsDevelopment()) return NotAvailable();
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
        foreach (var u in DemoUsers(app))
            Console.WriteLine($"{u.UserName,-22} {string.Join(",", u.Roles),-34} {u.Division}  {u.Name}");
        return 0;
    }

    public static IReadOnlyList<DemoUser> DemoUsers(WebApplication app) =>
        DemoUsersFile.Load(Path.Combine(app.Environment.ContentRootPath, "demo-users.json"));

    private static int NotAvailable()
    {
        Console.Error.WriteLine("Demo tokens exist only in the Development environment.");
        return 2;
    }
}
