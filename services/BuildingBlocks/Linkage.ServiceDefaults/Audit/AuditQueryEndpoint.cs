using System.Text.Json;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Answers = Linkage.ServiceDefaults.Problems.Problems;

namespace Linkage.ServiceDefaults.Audit;

/// <summary><c>GET /api/audit?subject=…</c> or <c>?targetType=…&amp;targetId=…</c>: the audit trail, newest first, for
/// supervisors, limited to what actors in their subtree did (docs/decisions/0405). Pages by <c>before</c> (the last
/// id of the previous page); anyone else gets 404.</summary>
public static class AuditQueryEndpoint
{
    public const string Path = "/api/audit";
    private const int MaxText = 200;

    public static void Map<TContext>(IEndpointRouteBuilder endpoints) where TContext : ModuleDbContext =>
        endpoints.MapGet(Path, Handle<TContext>).WithTags("Audit").WithName("ListAudit");

    private static async Task<Results<Ok<AuditPage>, InvalidRequest, ProblemHttpResult>> Handle<TContext>(
        string? subject, string? targetType, string? targetId, Guid? before, int? limit, HttpContext http, TContext db,
        CancellationToken ct) where TContext : ModuleDbContext
    {
        var caller = http.Caller();
        if (!caller.Has(Roles.Supervisor) || caller.Division is null) return Answers.NotFound("The audit trail");
        var errors = new FieldErrors()
            .Require(subject is not null || (targetType is not null && targetId is not null), "subject",
                "Name a subject, or a targetType with a targetId.")
            .Require(subject is not { Length: > MaxText }, "subject", $"At most {MaxText} characters.")
            .Require(targetType is not { Length: > MaxText }, "targetType", $"At most {MaxText} characters.")
            .Require(targetId is not { Length: > MaxText }, "targetId", $"At most {MaxText} characters.");
        if (errors.Any) return Answers.Invalid(errors);

        var pattern = caller.SubtreePattern;
        var rows = db.AuditRecords.AsNoTracking().Where(r => EF.Functions.Like(r.ActorDivision, pattern));
        if (subject is not null) rows = rows.Where(r => r.ActorSubject == subject);
        if (targetType is not null && targetId is not null) rows = rows.Where(r => r.TargetType == targetType && r.TargetId == targetId);
        if (before is { } last) rows = rows.Where(r => r.Id.CompareTo(last) < 0);
        var take = Math.Clamp(limit ?? 50, 1, 500);
        var page = await rows.OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(page.Select(AuditEntryView.From).ToList(), page.Count == take ? page[^1].Id : null));
    }
}

public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, Guid? Next);

public sealed record AuditEntryView(
    Guid Id, string Chain, long Seq, DateTimeOffset At, string ActorSubject, string ActorRole, string ActorOrgUnit,
    string ActorDivision, string Action, string TargetType, string TargetId, JsonElement Detail)
{
    public static AuditEntryView From(AuditRecord r) => new(r.Id, r.Chain, r.Seq, r.At, r.ActorSubject, r.ActorRole,
        r.ActorOrgUnit, r.ActorDivision, r.Action, r.TargetType, r.TargetId, JsonDocument.Parse(r.Detail).RootElement.Clone());
}
