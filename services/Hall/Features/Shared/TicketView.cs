using Linkage.Hall.Domain;

namespace Linkage.Hall.Features.Shared;

/// <summary>A ticket as the resident and the window see it: no name, no ID number.</summary>
public sealed record TicketView(
    Guid Id, string Number, string AreaCode, DateOnly Day, TicketStatus Status, bool Appointment, DateTimeOffset? SlotAt,
    DateTimeOffset TakenAt, string? WindowCode, DateTimeOffset? CalledAt, int Recalls)
{
    public static TicketView From(Ticket t) => new(
        t.Id, t.Number, t.AreaCode, t.Day, t.Status, t.AppointmentId is not null, t.SlotAt, t.TakenAt, t.WindowCode, t.CalledAt, t.Recalls);
}
