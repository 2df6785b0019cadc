using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Bench;

/// <summary>Development JWTs for the seeded demo users, signed with the running suite's key.</summary>
public sealed class BenchTokens
{
    private readonly DevTokenIssuer issuer;
    private readonly IReadOnlyList<DemoUser> users;

    public BenchTokens(string state)
    {
        var key = File.ReadAllText(Path.Combine(state, "jwt.key")).Trim();
        var pidKey = Convert.FromBase64String(File.ReadAllText(Path.Combine(state, "pid.key")).Trim());
        issuer = new DevTokenIssuer(new AuthSettings(null, key, "linkage-dev", "linkage"), pidKey);
        users = DemoUsersFile.Load(Path.Combine(AppContext.BaseDirectory, "demo-users.json"));
    }

    public string For(string userName) => issuer.Issue(users.Single(u => u.UserName == userName), TimeSpan.FromHours(1));

    /// <summary>A user the demo seed does not have (a county tier admin, a city reviewer).</summary>
    public string For(DemoUser user) => issuer.Issue(user, TimeSpan.FromHours(1));

    /// <summary>One token per department reviewing the food permit (the chief representative signs off, not reviews).</summary>
    public IReadOnlyList<string> FoodPermitReviewers() => DemoReviewers.FoodPermit.Select(For).ToList();
}
