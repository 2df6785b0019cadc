using System.Text.Json;
using Grpc.Net.Client;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using BundleLeg = Linkage.Contracts.Events.Intake.BundleLeg;
using Linkage.Kernel;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Drives one-thing cases (一件事一次办) without intake: the CaseAccepted intake publishes for a company-start
/// bundle over two seeded county entries, the food permit (market regulation + health) and the sole-trader
/// registration (market regulation again), so one department reviews two legs.</summary>
public sealed class BundleCases(LinkageTestHost host)
{
    public const string FoodPermit = "350926-000121010000-01";
    public const string SoleTrader = "350926-000122002000-01";
    public const string BundleCode = "350926-YJS-COMPANY-START";
    public const string CreditCode = "91350100M000100Y43";
    public const string LicenceType = "11350000MB00001479900";

    public async Task<IReadOnlyList<Implementation>> LegsAsync()
    {
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var catalog = new CatalogService.CatalogServiceClient(channel);
        var legs = new List<Implementation>();
        foreach (var code in new[] { FoodPermit, SoleTrader })
            legs.Add(await catalog.GetImplementationAsync(new GetImplementationRequest { ImplementationCode = code, Version = 1 }));
        Assert.All(legs, l => Assert.True(l.Found, "the seeded catalog holds both legs"));
        return legs;
    }

    public async Task<CaseAccepted> PublishAsync(IReadOnlyList<Implementation> legs, string creditCode = CreditCode)
    {
        var now = DateTimeOffset.UtcNow;
        var acceptedOn = ChinaTime.ToLocalDate(now);
        var bundle = new BundleSummary(BundleCode, 1, "开办餐饮店一件事",
            legs.Select(l => new BundleLeg(l.ImplementationCode, l.Version, l.MatterCode, l.MatterName)).ToList(),
            new BundleLicence(LicenceType, "开办餐饮店综合许可证", "11350926MB00001255", 5));
        var accepted = new CaseAccepted(Guid.CreateVersion7(), $"350926-{acceptedOn:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}",
            BundleCode, bundle.BundleName, BundleCode, 1, legs[0].OrgUnitId, legs[0].DivisionCode, legs[0].OrgUnitId,
            legs[0].DivisionCode, new ApplicantSummary("organisation", "柘荣县美华餐饮有限公司", creditCode, host.DigestOf(creditCode), creditCode),
            now, acceptedOn, WorkingDayCalendar.China.AddWorkingDays(acceptedOn, 10), 10, bundle);
        await host.Services.GetRequiredService<IBus>().Publish(accepted);
        return accepted;
    }

    /// <summary>The payload of the one event of a type approval wrote for a case.</summary>
    public async Task<JsonElement> EventAsync(Guid caseId, string eventName)
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT payload::text FROM approval.outbox_messages WHERE aggregate_id = $1 AND message_type LIKE $2", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = caseId.ToString() });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = $"%.{eventName}%" });
        return JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!).RootElement.Clone();
    }
}

public static class BundlePlans
{
    public static Guid TaskOf(this JsonElement plan, string legCode, string departmentId) => plan.GetProperty("departments")
        .EnumerateArray()
        .Single(d => d.GetProperty("legCode").GetString() == legCode && d.GetProperty("departmentId").GetString() == departmentId)
        .GetProperty("taskId").GetGuid();

    public static IEnumerable<(string Leg, string Department, Guid Task)> Tasks(this JsonElement plan) =>
        plan.GetProperty("departments").EnumerateArray().Select(d =>
            (d.GetProperty("legCode").GetString()!, d.GetProperty("departmentId").GetString()!, d.GetProperty("taskId").GetGuid()));
}
