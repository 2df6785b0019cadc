using Linkage.Hall.Domain;
using Linkage.Hall.Features.Shared;
using Linkage.Hall.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Windows;

/// <summary>叫号 at a window of the clerk's own centre: call the next ticket (the current one is then served),
/// recall it, mark it skipped (过号), finish it, or transfer it to another service area. A window of another
/// centre is not found; an action without a called ticket is a 409; either way nothing changes.</summary>
public static class WindowEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var windows = api.MapGroup("/windows/{code}").RequireAuthorization(p => p.RequireRole(Roles.WindowClerk));
        windows.MapPost("/call-next", CallNext).WithName("CallNextTicket").WithSummary("Call the next ticket at a window of the clerk's centre (叫号).");
        windows.MapPost("/recall", (string code, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct) =>
            Act(code, "recalled", http, db, (_, t) => t.Recall(clock.GetUtcNow()), ct)).WithName("RecallTicket").WithSummary("Call the current ticket of a window again.");
        windows.MapPost("/skip", (string code, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct) =>
            Act(code, "skipped", http, db, (_, t) => t.Skip(clock.GetUtcNow()), ct)).WithName("SkipTicket").WithSummary("Skip the current ticket of a window (过号).");
        windows.MapPost("/finish", (string code, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct) =>
            Act(code, "finished", http, db, (_, t) => t.Finish(clock.GetUtcNow()), ct)).WithName("FinishTicket").WithSummary("Finish serving the current ticket of a window.");
        windows.MapPost("/transfer", Transfer).WithName("TransferTicket").WithSummary("Transfer the current ticket to another service area.");
        SignOnEndpoints.Map(windows);
    }

    private static async Task<IResult> CallNext(string code, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (HallCentre.Of(http.Caller()) is not { } centre) return Problems.NotFound($"Window {code}");
        var now = clock.GetUtcNow();
        var answer = await db.WithWindowAsync(centre, code, async (window, current, token) =>
        {
            current?.Finish(now);
            await WindowClerks.SignOnAsync(db, window, http.Caller().Subject, now, token); // the clerk calling here works here
            var next = await NextTicket.ClaimAsync(db, window, ChinaTime.ToLocalDate(now), now, token);
            next?.Call(window.Code, now);
            if (next is not null) db.Audit(http.Caller(), "ticket.called", "ticket", next.Id.ToString(), new { window = code, next.Number });
            return next is null ? new WindowAnswer(null, null) : WindowAnswer.Done(TicketView.From(next));
        }, ct);
        return WindowAnswer.ToResult(answer, code);
    }

    private static async Task<IResult> Transfer(
        string code, TransferRequest request, HttpContext http, HallDbContext db, CancellationToken ct)
    {
        if (HallCentre.Of(http.Caller()) is not { } centre) return Problems.NotFound($"Window {code}");
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.OrgUnitId == centre && a.Code == request.AreaCode, ct);
        if (area is null) return Problems.Invalid("areaCode", "No such service area in this centre.");
        return await Act(code, "transferred", http, db, (_, t) => t.TransferTo(area), ct);
    }

    private static async Task<IResult> Act(string code, string action, HttpContext http, HallDbContext db, Action<HallWindow, Ticket> change, CancellationToken ct)
    {
        if (HallCentre.Of(http.Caller()) is not { } centre) return Problems.NotFound($"Window {code}");
        var answer = await db.WithWindowAsync(centre, code, (window, current, _) =>
        {
            if (current is null) return Task.FromResult(WindowAnswer.NoCurrentTicket(code));
            change(window, current);
            db.Audit(http.Caller(), "ticket." + action, "ticket", current.Id.ToString(), new { window = code, current.Number });
            return Task.FromResult(WindowAnswer.Done(TicketView.From(current)));
        }, ct);
        return WindowAnswer.ToResult(answer, code);
    }
}
