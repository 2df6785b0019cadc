using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Shared;

/// <summary>受理窗口: the window of the clerk's own centre the clerk is signed on at in the hall, or none. Every
/// acceptance a window clerk makes takes it — the acceptance, a submission accepted or finished on the spot at the
/// counter, materials taken in answer to a notice; a window the clerk names must be that one (decision 0527).</summary>
public static class AcceptingWindow
{
    /// <summary>The clerk's row, read and not tracked: compiled once per process, so a window submit pays neither EF's
    /// query cache lookup nor <c>Find</c>'s expression building, and its save has one entry fewer to scan (decision 0786).</summary>
    private static readonly Func<IntakeDbContext, string, CancellationToken, Task<ClerkWindow?>> SignedOnQuery =
        EF.CompileAsyncQuery((IntakeDbContext db, string subject, CancellationToken ct) =>
            db.ClerkWindows.AsNoTracking().FirstOrDefault(w => w.ClerkSubject == subject));

    public static async Task<(string? Window, InvalidRequest? Refused)> FindAsync(
        IntakeDbContext db, CallerContext caller, string? claimed, CancellationToken ct)
    {
        var signedOn = await SignedOnAsync(db, caller.Subject, ct);
        var window = caller.OrgUnitId is { } centre ? signedOn?.WindowIn(centre) : null;
        if (!string.IsNullOrWhiteSpace(claimed) && (window is null || signedOn!.WindowCode != claimed.Trim()))
            return (null, Problems.Invalid("window", $"You are not signed on at window {claimed.Trim()} of your centre; sign on at the hall first."));
        return (window, null);
    }

    /// <summary>The window a window clerk is signed on at; null for anyone else (an applicant, a village agent).</summary>
    public static async Task<string?> OfClerkAsync(IntakeDbContext db, CallerContext caller, CancellationToken ct) =>
        caller.Has(Roles.WindowClerk) ? (await FindAsync(db, caller, null, ct)).Window : null;

    /// <summary>The hall's last announcement for the clerk as intake keeps it, or null when none came.</summary>
    public static Task<ClerkWindow?> SignedOnAsync(IntakeDbContext db, string subject, CancellationToken ct) =>
        SignedOnQuery(db, subject, ct);
}
