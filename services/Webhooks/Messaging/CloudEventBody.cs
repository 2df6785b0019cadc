using System.Text.Json;
using System.Text.Json.Nodes;
using Linkage.Messaging;

namespace Linkage.Webhooks.Messaging;

/// <summary>The structured CloudEvents 1.0 JSON a receiver gets, as the catalogue (<c>/api/events/asyncapi.json</c>)
/// describes it: the event's MessageId as <c>id</c> (the receiver's idempotency key), the case as <c>subject</c>.</summary>
public static class CloudEventBody
{
    public static string Of(object message, string type, Guid id, string source, Guid? caseId, DateTimeOffset time)
    {
        var envelope = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = id.ToString(),
            ["source"] = source,
            ["type"] = type,
            ["time"] = time.ToString("O"),
            ["datacontenttype"] = "application/json",
            ["data"] = JsonSerializer.SerializeToNode(message, message.GetType(), MessageJson.Options),
        };
        if (caseId is { } subject) envelope["subject"] = subject.ToString();
        return envelope.ToJsonString();
    }
}
