using System.Security.Cryptography;
using Linkage.Webhooks.Domain;
using Linkage.Webhooks.Features.Shared;
using Linkage.Webhooks.Messaging;

namespace Linkage.Webhooks.Features.Subscriptions;

/// <summary>The body of a create or a change: the target, the catalogue's event types, whether it is active, and on
/// create an optional secret (else one is generated).</summary>
public sealed record SubscriptionRequest(string? Url, string[]? EventTypes, bool? Active, string? Secret)
{
    public FieldErrors Check(TargetUrl targets, bool creating)
    {
        var errors = new FieldErrors();
        if (targets.Problem(Url) is { } problem) errors.Add("url", problem);
        var types = EventTypes ?? [];
        errors.Require(types.Length is > 0 and <= WebhookLimits.EventTypes, "eventTypes",
            $"1 to {WebhookLimits.EventTypes} event types from /api/events/asyncapi.json.");
        for (var i = 0; i < types.Length; i++)
            errors.Require(types[i] is not null && WebhookEvents.Offered.ContainsKey(types[i]), $"eventTypes[{i}]",
                $"'{types[i]}' is not an integration event of the catalogue (/api/events/asyncapi.json); federation events are not offered.");
        if (!creating) errors.Require(Secret is null, "secret", "A secret is set once, when the subscription is created.");
        else if (Secret is not null)
            errors.Require(Secret.Length is >= WebhookLimits.SecretMin and <= WebhookLimits.SecretMax && Secret.All(c => c is > ' ' and <= '~'),
                "secret", $"{WebhookLimits.SecretMin} to {WebhookLimits.SecretMax} printable ASCII characters, or none to have one generated.");
        return errors;
    }

    public string[] Types => [.. (EventTypes ?? []).Distinct().Order(StringComparer.Ordinal)];

    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
