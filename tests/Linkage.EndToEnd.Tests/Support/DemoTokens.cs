using Linkage.ServiceDefaults.Auth;

namespace Linkage.EndToEnd.Tests;

/// <summary>Tokens for the seeded demo users, signed with the deployment's key (what `./platform token` does).</summary>
public sealed class DemoTokens(IReadOnlyDictionary<string, string> environment)
{
    private readonly IReadOnlyList<DemoUser> users = DemoUsersFile.Load(Path.Combine(AppContext.BaseDirectory, "demo-users.json"));

    private readonly DevTokenIssuer issuer = new(
        new AuthSettings(null, environment["Linkage__Auth__SigningKey"], "linkage-dev", "linkage"),
        Convert.FromBase64String(environment["Linkage__PersonalIdKey"]));

    public string For(string userName) => issuer.Issue(users.Single(u => u.UserName == userName), TimeSpan.FromHours(1));
}
