using Linkage.Intake.Persistence;

namespace Linkage.Intake.Features.Shared;

/// <summary>受理窗口: the window of the clerk's own centre the clerk is signed on at in the hall, or none. Every
/// acceptance a window clerk makes takes it — the acceptance, a submission accepted or finished on the spot at the
/// counter, materials taken in answer to a notice; a window the clerk names must be that one (decision 0527).</summary>
public static class AcceptingWindow
{
    public static async Task<(string? Window, InvalidRequest? Refused)> FindAsync(
        IntakeDbContext db, CallerContext caller, string? claimed, CancellationToken ct)
    {
        var signedOn = await db.ClerkWindows.FindAsync([caller.Subject], ct);
        var window = caller.OrgUnitId is { } centre ? signedOn?.WindowIn(centre) : null;
        if (!string.IsNullOrWhiteSpace(claimed) && (window is null || signedOn!.WindowCode != claimed.Trim()))
            return (null, Problems.Invalid("window", $"You are not signed on at window {claimed.Trim()} of your centre; sign on at the hall first."));
        return (window, null);
    }

    /// <summary>The window a window clerk is signed on at; null for anyone else (an applicant, a village agent).</summary>
    public static async Task<string?> OfClerkAsync(IntakeDbContext db, CallerContext caller, CancellationToken ct) =>
        caller.Has(Roles.WindowClerk) ? (await FindAsync(db, caller, null, ct)).Window : null;
}
