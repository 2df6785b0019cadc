using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Approval;
using Linkage.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>Drives certificates without approval: publishes the CaseApproved approval would publish for the demo
/// resident's food-business permit, on the host's own bus.</summary>
public sealed class ApprovedCases(LinkageTestHost host, Implementation implementation)
{
    public const string FoodPermit = "000121010000";
    public const string Subsistence = "000117001000";
    public const string ResidentId = "350926198503120020";

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
        await host.Services.GetRequiredService<IBus>().Publish(approved, context =>
        {
            if (messageId is { } id) context.MessageId = id;
        });
        return approved;
    }
}
