using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.GetOrgUnit;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Catalog.Features.AddDepartment;

/// <summary><c>POST /org-units/{id}/departments</c>: a department stationed at the unit (进驻部门), carrying the
/// unified social credit code of the agency it represents.</summary>
public static class AddDepartmentEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/org-units/{id}/departments", Handle).WithName("AddDepartment").WithSummary("Station a department (进驻部门) at an org unit of the caller's subtree.").ForTierAdmins();

    private static async Task<Results<Created<DepartmentView>, InvalidRequest, ProblemHttpResult>> Handle(
        string id, AddDepartmentRequest request, HttpContext http, CatalogDbContext db, CatalogChanges changes, CancellationToken ct)
    {
        if (await db.ManagedAsync(http.Caller(), id, ct) is null) return NotFoundProblem.Field("id", $"Org unit {id}");
        var (departmentId, name, creditCode) = (request.Id ?? "", request.Name?.Trim() ?? "", request.CreditCode?.Trim().ToUpperInvariant() ?? "");
        var taken = await db.Departments.AnyAsync(d => d.Id == departmentId, ct);
        if (RuleProblems.Check(DirectoryRules.For(departmentId, name, creditCode).Append(new NotTakenRule("id", departmentId, taken)))
            is { } invalid) return invalid;

        var department = Department.Create(departmentId, id, name, creditCode);
        db.Departments.Add(department);
        db.Audit(http.Caller(), "department.added", "department", department.Id, new { orgUnit = id, name });
        if (!await changes.SaveAsync(ct)) return Problems.Invalid("id", $"'{departmentId}' is already in use.");
        return TypedResults.Created($"/api/catalog/org-units/{id}", DepartmentView.From(department));
    }
}

public sealed record AddDepartmentRequest(string? Id, string? Name, string? CreditCode);
