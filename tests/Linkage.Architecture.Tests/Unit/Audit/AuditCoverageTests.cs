using System.Reflection;
using Linkage.Host;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Linkage.Architecture.Tests.Audit;

/// <summary>Every write endpoint of the host writes the audit trail (issue 20): read from the host's endpoint table, so
/// a new endpoint is covered without being listed, its handler must reach <c>db.Audit(…)</c>. The few that are not a
/// staff action on something the trail records are listed here with the reason (decision 0530).</summary>
public sealed class AuditCoverageTests
{
    private static readonly Dictionary<string, string> NotAudited = new()
    {
        ["POST /api/intake/cases"] = "the submission itself: the case row keeps who submitted it and where; acceptance is audited",
        ["POST /api/intake/appointments"] = "a resident's own booking, not a staff action",
        ["DELETE /api/intake/appointments/{id:guid}"] = "a resident cancelling their own booking",
        ["POST /api/hall/tickets"] = "a resident taking a queue ticket at the kiosk",
        ["POST /api/intake/status-lookups"] = "a resident reading a case's public status with its one-time code; issuing the code is audited",
        ["POST /api/fees/cases/{caseId:guid}/online-payments"] = "an applicant starting the payment of their own fee; the provider's callback that settles it is audited",
    };

    [Fact]
    public async Task Every_write_endpoint_reaches_the_audit_trail_unless_listed_with_a_reason()
    {
        var (app, _) = LinkageApp.Build(["--environment", "Development"], PublicRouteDriftTests.Settings());
        await using var host = app;
        var writes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Key: Key(e), Handler: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(e => e.Key is { } key && key.Contains(" /api/", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(writes);
        Assert.All(writes, w => Assert.NotNull(w.Handler));
        var silent = writes.Where(w => !NotAudited.ContainsKey(w.Key!) && !IlCalls.Reaches(w.Handler!, IsAudit)).Select(w => w.Key).ToList();
        Assert.Empty(silent);
        Assert.Empty(NotAudited.Keys.Except(writes.Select(w => w.Key!))); // an exemption for a route that is gone
    }

    [Fact]
    public void The_reach_check_finds_a_handler_that_audits_and_refuses_one_that_does_not()
    {
        Assert.True(IlCalls.Reaches(typeof(Samples).GetMethod(nameof(Samples.Audits))!, IsAudit));
        Assert.False(IlCalls.Reaches(typeof(Samples).GetMethod(nameof(Samples.Silent))!, IsAudit));
    }

    private static bool IsAudit(MethodBase m) =>
        m.Name == "Audit" && (m.DeclaringType == typeof(CallerAudit) || m.DeclaringType == typeof(ModuleDbContext));

    private static string? Key(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.SingleOrDefault() is { } method && method is "POST" or "PUT" or "PATCH" or "DELETE"
            ? $"{method} /{endpoint.RoutePattern.RawText!.TrimStart('/')}"
            : null;
}
