using System.Text.Json;
using System.Text.RegularExpressions;
using Linkage.Kernel;

namespace Linkage.Messaging;

internal static partial class AuditEntries
{
    public static AuditRecord Create(string chain, AuditActor actor, string action, string targetType, string targetId, object? detail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetType);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetId);
        var json = detail is null ? "{}" : JsonSerializer.Serialize(detail, detail.GetType(), MessageJson.Options);
        RefuseIdNumbers(json);
        RefuseIdNumbers(targetId);
        return new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            Chain = chain,
            At = DateTimeOffset.UtcNow,
            ActorSubject = actor.Subject,
            ActorRole = actor.Role,
            ActorOrgUnit = actor.OrgUnit,
            ActorDivision = actor.Division,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Detail = json,
        };
    }

    /// <summary>A full citizen ID number never enters the trail (masks and digests do).</summary>
    private static void RefuseIdNumbers(string text)
    {
        foreach (Match m in IdLike().Matches(text))
            if (CitizenId.TryParse(m.Value, out _, out _))
                throw new ArgumentException("An audit entry must not contain a citizen ID number; record its mask or digest.");
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")]
    private static partial Regex IdLike();
}
