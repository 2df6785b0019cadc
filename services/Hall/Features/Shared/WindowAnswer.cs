namespace Linkage.Hall.Features.Shared;

/// <summary>What a window action answers: the ticket it acted on, or why not (nothing changed then).</summary>
public sealed record WindowAnswer(TicketView? Ticket, IResult? Problem)
{
    public static WindowAnswer Done(TicketView ticket) => new(ticket, null);

    public static WindowAnswer Refused(IResult problem) => new(null, problem);

    public static WindowAnswer NoCurrentTicket(string window) =>
        Refused(Problems.Conflict($"Window {window} has no called ticket."));

    public static IResult ToResult(WindowAnswer? answer, string window) => answer switch
    {
        null => Problems.NotFound($"Window {window}"),
        { Problem: { } problem } => problem,
        { Ticket: { } ticket } => TypedResults.Ok(ticket),
        _ => TypedResults.NoContent(),
    };
}
