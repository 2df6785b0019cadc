using Linkage.Intake.Persistence;

namespace Linkage.Intake.Features.AcceptCase;

/// <summary>受理窗口: the window of the clerk's own centre the clerk is signed on at in the hall, or none. A window the
/// clerk names must be that one (decision 0527).</summary>
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
}
