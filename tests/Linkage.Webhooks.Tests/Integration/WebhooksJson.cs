using System.Text.Json;

namespace Linkage.Webhooks.Tests;

public static class WebhooksJson
{
    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static Guid CaseOf(this WebhookReceiver.Received r) => r.Event.GetProperty("data").GetProperty("caseId").GetGuid();
}
