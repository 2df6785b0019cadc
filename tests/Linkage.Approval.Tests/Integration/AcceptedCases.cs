using Grpc.Net.Client;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Drives approval without intake: publishes the CaseAccepted intake would publish for the demo
/// resident's food-business permit, on the host's own bus, against the seeded catalog's entry.</summary>
public sealed class AcceptedCases(LinkageTestHost host)
{
    public const string FoodPermit = "000121010000";
    public const string ResidentId = "350926198503120020";

    public async Task<Implementation> FoodPermitImplementationAsync()
    {
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var catalog = new CatalogService.CatalogServiceClient(channel);
        var unit = await catalog.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
        {
            MatterCode = FoodPermit, DivisionCode = "350926100201", SubmittingOrgUnitId = "ou-350926100201-station",
        });
        Assert.True(unit.Found, "the seeded catalog resolves the food permit for the village");
        return await catalog.GetImplementationAsync(new GetImplementationRequest
        {
            ImplementationCode = unit.ImplementationCode, Version = unit.ImplementationVersion,
        });
    }

    public async Task<CaseAccepted> PublishAsync(Implementation implementation)
    {
        var now = DateTimeOffset.UtcNow;
        var acceptedOn = ChinaTime.ToLocalDate(now);
        var id = Guid.CreateVersion7();
        var accepted = new CaseAccepted(id, $"350926100201-{acceptedOn:yyyyMMdd}-{Random.Shared.Next(1, 999_999):D6}",
            implementation.MatterCode, implementation.MatterName, implementation.ImplementationCode, implementation.Version,
            implementation.OrgUnitId, implementation.DivisionCode, "ou-350926100201-station", "350926100201",
            new ApplicantSummary("person", "陈美华", "350926********0020", host.DigestOf(ResidentId), null),
            now, acceptedOn, WorkingDayCalendar.China.AddWorkingDays(acceptedOn, 10), 10);
        await host.Services.GetRequiredService<IBus>().Publish(accepted);
        return accepted;
    }

    /// <summary>The same facts again under a new message id, as a replayed or re-forwarded acceptance would arrive.</summary>
    public Task RepublishAsync(CaseAccepted accepted, Guid messageId) =>
        host.Services.GetRequiredService<IBus>().Publish(accepted, context => context.MessageId = messageId);
}
