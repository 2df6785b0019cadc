using System.Text.Json;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Paging;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Answers = Linkage.ServiceDefaults.Problems.Problems;

namespace Linkage.ServiceDefaults.Audit;

/// <summary><c>GET /api/audit?subject=…</c> or <c>?targetType=…&amp;targetId=…</c>: the audit trail, newest first, for
/// supervisors, limited to what actors in their subtree did (docs/decisions/0405), a page at a time like every list
/// (decision 0550); anyone else gets 404.</summary>
public static class AuditQueryEndpoint
{
    public const string Path = "/api/audit";
    private const int MaxText = 200;

    public static void Map<TContext>(IEndpointRouteBuilder endpoints) where TContext : ModuleDbContext =>
        endpoints.MapGet(Path, Handle<TContext>).WithTags("Audit").WithName("ListAudit").WithSummary("The audit trail of a subject or a target, newest first, for supervisors of the actors' subtree.");

    private static async Task<Results<Ok<Page<AuditEntryView>>, InvalidRequest, ProblemHttpResult>> Handle<TContext>(
        string? subject, string? targetType, string? targetId, PageRequest page, HttpContext http, TContext db,
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
        return TypedResults.Ok((await rows.PageAsync(page, o => o.Desc(r => r.Id), ct)).Map(AuditEntryView.From));
    }
}

public sealed record AuditEntryView(
    Guid Id, string Chain, long Seq, DateTimeOffset At, string ActorSubject, string ActorRole, string ActorOrgUnit,
    string ActorDivision, string Action, string TargetType, string TargetId, JsonElement Detail)
{
    public static AuditEntryView From(AuditRecord r) => new(r.Id, r.Chain, r.Seq, r.At, r.ActorSubject, r.ActorRole,
        r.ActorOrgUnit, r.ActorDivision, r.Action, r.TargetType, r.TargetId, JsonDocument.Parse(r.Detail).RootElement.Clone());
}
