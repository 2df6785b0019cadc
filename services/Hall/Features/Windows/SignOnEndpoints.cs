using Linkage.Hall.Features.Shared;
using Linkage.Hall.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Hall.Features.Windows;

/// <summary>上岗/离岗: a clerk signs on at a window of the own centre (calling a ticket there does too) and off it again;
/// intake then records the window a case is accepted at (decision 0527). Another centre's window is not found.</summary>
public static class SignOnEndpoints
{
    public static void Map(RouteGroupBuilder windows)
    {
        windows.MapPost("/sign-on", SignOn).WithName("SignOnAtWindow").WithSummary("Sign on at a window of the clerk's centre (上岗).");
        windows.MapPost("/sign-off", SignOff).WithName("SignOffWindow").WithSummary("Sign off the window the clerk is signed on at (离岗).");
    }

    private static async Task<IResult> SignOn(string code, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (HallCentre.Of(caller) is not { } centre) return Problems.NotFound($"Window {code}");
        var answer = await db.WithWindowAsync(centre, code, async (window, _, token) =>
        {
            await WindowClerks.SignOnAsync(db, window, caller.Subject, clock.GetUtcNow(), token);
            db.Audit(caller, "window.signed-on", "window", $"{centre}#{code}", new { window = code });
            return new WindowAnswer(null, null);
        }, ct);
        return WindowAnswer.ToResult(answer, code);
    }

    private static async Task<IResult> SignOff(string code, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (HallCentre.Of(caller) is not { } centre) return Problems.NotFound($"Window {code}");
        var answer = await db.WithWindowAsync(centre, code, (window, _, _) =>
        {
            if (window.ClerkSubject != caller.Subject)
                return Task.FromResult(WindowAnswer.Refused(Problems.Conflict($"You are not signed on at window {code}.")));
            WindowClerks.SignOff(db, window, caller.Subject, clock.GetUtcNow());
            db.Audit(caller, "window.signed-off", "window", $"{centre}#{code}", new { window = code });
            return Task.FromResult(new WindowAnswer(null, null));
        }, ct);
        return WindowAnswer.ToResult(answer, code);
    }
}
