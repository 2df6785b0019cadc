using Linkage.Contracts.Events.Intake;
using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Messaging;

/// <summary>Keeps the hall's copy of Intake's appointments, so an arriving resident's appointment is redeemed here.</summary>
public sealed class AppointmentBookedConsumer(HallDbContext db) : InboxConsumer<AppointmentBooked, HallDbContext>(db)
{
    protected override async Task Handle(AppointmentBooked m, ConsumeContext<AppointmentBooked> context)
    {
        if (await Db.Appointments.AnyAsync(a => a.Id == m.AppointmentId, context.CancellationToken)) return;
        Db.Appointments.Add(new BookedAppointment(m.AppointmentId, m.MatterCode, m.OrgUnitId, m.Division, m.Date, m.Start, m.ApplicantIdDigest));
    }
}
