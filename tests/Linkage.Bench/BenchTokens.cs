using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Bench;

/// <summary>Development JWTs for the seeded demo users, signed with the running suite's key.</summary>
public sealed class BenchTokens
{
    private readonly DevTokenIssuer issuer;
    private readonly IReadOnlyList<DemoUser> users;
    private readonly byte[] pidKey;

    public BenchTokens(string state)
    {
        var key = File.ReadAllText(Path.Combine(state, "jwt.key")).Trim();
        pidKey = Convert.FromBase64String(File.ReadAllText(Path.Combine(state, "pid.key")).Trim());
        issuer = new DevTokenIssuer(new AuthSettings(null, key, "linkage-dev", "linkage"), pidKey);
        users = DemoUsersFile.Load(Path.Combine(AppContext.BaseDirectory, "demo-users.json"));
    }

    public string For(string userName) => For(users.Single(u => u.UserName == userName));

    /// <summary>A demo user, or one the demo seed does not have (a county tier admin, a city reviewer).</summary>
    public string For(DemoUser user) => issuer.Issue(user, TimeSpan.FromHours(1));

    /// <summary>The digest the suite keeps of a demo user's ID number (as in the token's claim).</summary>
    public string IdDigestOf(string userName) =>
        PersonalIdDigest.Compute(users.Single(u => u.UserName == userName).IdNumber!.ToUpperInvariant(), pidKey);

    /// <summary>One token per department reviewing the food permit (the chief representative signs off, not reviews).</summary>
    public IReadOnlyList<string> FoodPermitReviewers() => DemoReviewers.FoodPermit.Select(For).ToList();
}
