using Linkage.Contracts.Events.Hall;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

/// <summary>上岗/离岗 at the hall: keeps the window each clerk is at, for the acceptances that follow (decision 0527).</summary>
public sealed class ClerkWindowChangedConsumer(IntakeDbContext db) : InboxConsumer<ClerkWindowChanged, IntakeDbContext>(db)
{
    protected override async Task Handle(ClerkWindowChanged m, ConsumeContext<ClerkWindowChanged> context)
    {
        var clerk = await Db.ClerkWindows.FindAsync([m.ClerkSubject], context.CancellationToken);
        if (clerk is null) Db.ClerkWindows.Add(clerk = new ClerkWindow(m.ClerkSubject));
        clerk.Change(m.OrgUnitId, m.WindowCode, m.At);
    }
}
