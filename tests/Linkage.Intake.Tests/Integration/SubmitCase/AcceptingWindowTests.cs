using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>Decision 0786: a window submit reads the clerk's window with a query compiled once per process and
/// without tracking it. The read finds what the hall announced last (a sign-on, then a sign-off), and the context the
/// submit saves with holds no clerk's row afterwards.</summary>
public sealed class AcceptingWindowTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Centre = "ou-window-read-test";

    [Fact]
    public async Task The_clerks_window_is_read_untracked_and_follows_the_halls_last_announcement()
    {
        var subject = $"clerk-{Guid.NewGuid():N}";
        var clerk = Caller(subject, Roles.WindowClerk, Centre);
        var signedOnAt = DateTimeOffset.UtcNow.AddMinutes(-2);
        await AnnounceAsync(subject, "W07", signedOnAt);

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            Assert.Equal($"{Centre}#W07", await AcceptingWindow.OfClerkAsync(db, clerk, CancellationToken.None));
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Null(await AcceptingWindow.OfClerkAsync(db, Caller(subject, Roles.WindowClerk, "ou-another-centre"), CancellationToken.None));
            Assert.Null(await AcceptingWindow.OfClerkAsync(db, Caller(subject, Roles.VillageAgent, Centre), CancellationToken.None));
            Assert.Null((await AcceptingWindow.FindAsync(db, clerk, "W07", CancellationToken.None)).Refused);
        }

        await AnnounceAsync(subject, null, signedOnAt.AddMinutes(1)); // signed off

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            Assert.Null(await AcceptingWindow.OfClerkAsync(db, clerk, CancellationToken.None));
            Assert.NotNull((await AcceptingWindow.FindAsync(db, clerk, "W07", CancellationToken.None)).Refused);
            Assert.Empty(db.ChangeTracker.Entries());
        }
    }

    [Fact]
    public async Task A_clerk_the_hall_never_announced_has_no_window()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();

        Assert.Null(await AcceptingWindow.SignedOnAsync(db, $"clerk-{Guid.NewGuid():N}", CancellationToken.None));
        Assert.Null(await AcceptingWindow.OfClerkAsync(db, Caller($"clerk-{Guid.NewGuid():N}", Roles.WindowClerk, Centre), CancellationToken.None));
    }

    private static CallerContext Caller(string subject, string role, string centre) =>
        new(subject, "测试窗口", new HashSet<string>(StringComparer.Ordinal) { role }, null, centre, null, null);

    /// <summary>What <c>ClerkWindowChangedConsumer</c> keeps of the hall's announcement.</summary>
    private async Task AnnounceAsync(string subject, string? window, DateTimeOffset at)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var row = await db.ClerkWindows.FindAsync([subject]);
        if (row is null) db.ClerkWindows.Add(row = new ClerkWindow(subject));
        row.Change(Centre, window, at);
        await db.SaveChangesAsync();
    }
}
