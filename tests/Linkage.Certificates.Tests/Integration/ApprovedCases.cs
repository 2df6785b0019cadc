using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Approval;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>Drives certificates without approval: publishes the ReviewOpened and CaseApproved approval would publish
/// for the demo resident's food-business permit, on the host's own bus.</summary>
public sealed class ApprovedCases(LinkageTestHost host, Implementation implementation)
{
    public const string FoodPermit = "000121010000";
    public const string Subsistence = "000117001000";
    public const string ResidentId = "350926198503120020";
    public const string ReviewingDepartment = "dep-350926-scjg";

    public Implementation Implementation => implementation;

    public CaseApproved New(Implementation? of = null)
    {
        var entry = of ?? implementation;
        return new(Guid.CreateVersion7(), $"350926100201-20250901-{Random.Shared.Next(1, 999_999):D6}", entry.MatterCode,
            entry.MatterName, entry.ImplementationCode, entry.Version, entry.OrgUnitId, entry.DivisionCode,
            "ou-350926100201-station", "陈美华", "350926********0020", host.DigestOf(ResidentId), DateTimeOffset.UtcNow);
    }

    public async Task<CaseApproved> PublishAsync(CaseApproved? approved = null, Guid? messageId = null)
    {
        approved ??= New();
        await ReviewedByAsync(approved, ReviewingDepartment);
        await host.Services.GetRequiredService<IBus>().Publish(approved, context =>
        {
            if (messageId is { } id) context.MessageId = id;
        });
        return approved;
    }

    /// <summary>Approval's ReviewOpened for the case, waited for until certificates' projection holds it, so the
    /// department's reviewers may read the case's certificates (decision 0300).</summary>
    public async Task ReviewedByAsync(CaseApproved approved, params string[] departments)
    {
        await host.Services.GetRequiredService<IBus>().Publish(new ReviewOpened(
            approved.CaseId, approved.CaseNumber, departments, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)), DateTimeOffset.UtcNow));
        await host.Eventually(async () =>
        {
            await using var connection = new NpgsqlConnection(host.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM certificates.case_departments WHERE case_id = $1 AND department_id = ANY($2)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = approved.CaseId });
            command.Parameters.Add(new NpgsqlParameter { Value = departments });
            return (long)(await command.ExecuteScalarAsync())! == departments.Length;
        });
    }
}
