using Linkage.Contracts.Events.Intake;
using Linkage.Hall.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Messaging;

public sealed class AppointmentCancelledConsumer(HallDbContext db) : InboxConsumer<AppointmentCancelled, HallDbContext>(db)
{
    protected override async Task Handle(AppointmentCancelled m, ConsumeContext<AppointmentCancelled> context)
    {
        var appointment = await Db.Appointments.FindAsync([m.AppointmentId], context.CancellationToken);
        if (appointment is not null) Db.Appointments.Remove(appointment);
    }
}
