namespace Linkage.Hall.Domain;

/// <summary>排队号: one resident's place in a service area's queue at a centre on one day. A window calls it, may
/// recall it, mark it skipped or served, or transfer it to another area, where it keeps its original place in time.</summary>
public sealed class Ticket
{
    private Ticket() { }

    public Guid Id { get; private set; }

    public string OrgUnitId { get; private set; } = "";

    public string Division { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public string AreaCode { get; private set; } = "";

    public int Sequence { get; private set; }

    public string Number { get; private set; } = "";

    public Guid? AppointmentId { get; private set; }

    /// <summary>When the appointment's slot begins: from then on the ticket is called before walk-ins.</summary>
    public DateTimeOffset? SlotAt { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    public string TakenBy { get; private set; } = "";

    public TicketStatus Status { get; private set; }

    public string? WindowCode { get; private set; }

    public DateTimeOffset? CalledAt { get; private set; }

    public DateTimeOffset? AnnouncedAt { get; private set; }

    public int Recalls { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public static Ticket Take(
        Guid id, ServiceArea area, DateOnly day, int sequence, BookedAppointment? appointment, string takenBy, DateTimeOffset now) => new()
    {
        Id = id, OrgUnitId = area.OrgUnitId, Division = area.Division, Day = day, AreaCode = area.Code, Sequence = sequence,
        Number = $"{area.Code}{sequence:D3}", AppointmentId = appointment?.Id, SlotAt = appointment?.SlotBegins,
        TakenAt = now, TakenBy = takenBy, Status = TicketStatus.Waiting,
    };

    public void Call(string windowCode, DateTimeOffset now) =>
        (Status, WindowCode, CalledAt, AnnouncedAt) = (TicketStatus.Called, windowCode, now, now);

    public void Recall(DateTimeOffset now) => (AnnouncedAt, Recalls) = (now, Recalls + 1);

    public void Finish(DateTimeOffset now) => (Status, FinishedAt) = (TicketStatus.Served, now);

    public void Skip(DateTimeOffset now) => (Status, FinishedAt) = (TicketStatus.Skipped, now);

    public void TransferTo(ServiceArea area) =>
        (AreaCode, Status, WindowCode, CalledAt, AnnouncedAt) = (area.Code, TicketStatus.Waiting, null, null, null);
}
