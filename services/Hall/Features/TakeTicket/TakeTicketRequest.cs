namespace Linkage.Hall.Features.TakeTicket;

/// <summary>A walk-in names the service area; an appointment names itself and its matter picks the area.
/// <c>CentreId</c> is needed from a resident's phone only: a kiosk or a clerk takes tickets for its own centre.</summary>
public sealed record TakeTicketRequest(string? CentreId, string? AreaCode, Guid? AppointmentId);
