using System.Security.Claims;
using Microsoft.Extensions.Configuration;

namespace Linkage.ServiceDefaults.Auth;

/// <summary><c>Linkage:Auth:Claims:&lt;our name&gt; = &lt;the identity provider's name&gt;</c> (decision 0431), e.g.
/// <c>Linkage__Auth__Claims__division=xzqh</c>: a province's own provider is used as it is. Each mapped claim of ours
/// is taken from the provider's claim alone; one of ours the provider also sends under our name is dropped, so a
/// claim never means two things. Compiled into the gateway with <see cref="JwtValidation"/>.</summary>
internal sealed class ClaimMapping(IReadOnlyList<(string Ours, string Theirs)> pairs)
{
    public static ClaimMapping From(IConfigurationSection section) => new(section.GetChildren()
        .Where(c => !string.IsNullOrWhiteSpace(c.Value) && !string.Equals(c.Key, c.Value, StringComparison.Ordinal))
        .Select(c => (c.Key, c.Value!.Trim())).ToList());

    public bool IsEmpty => pairs.Count == 0;

    public void Apply(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not ClaimsIdentity identity) return;
        var taken = pairs.Select(p => (p.Ours, Values: identity.FindAll(p.Theirs).Select(c => c.Value).ToList())).ToList();
        foreach (var (ours, values) in taken)
        {
            foreach (var stale in identity.FindAll(ours).ToList()) identity.RemoveClaim(stale);
            foreach (var value in values) identity.AddClaim(new Claim(ours, value));
        }
    }
}
