using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Media;

namespace Linkage.VideoReview.Tests;

/// <summary>The session's life cycle in the domain alone: scheduled → open → in progress → concluded / expired / cancelled.</summary>
public sealed class SessionLifeCycleTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    private static ReviewSession Scheduled() => ReviewSession.Schedule(
        ReviewableCase.Know(Guid.NewGuid(), "350926100201-20261203-000001", "食品经营许可", "350926000000", "350926100201"),
        new ValidSession(Guid.NewGuid(), ReviewPurpose.JointReview, At, [new Participant("ou-350926-centre", "dep-350926-scjg")]),
        new SessionCreator("clerk", "吴建国", "ou-350926-centre", "350926000000"), new MediaRoom(42_000, "secret", "123456"),
        At.AddDays(-1), null);

    [Fact]
    public void A_session_opens_half_an_hour_ahead_and_is_in_progress_once_joined()
    {
        var session = Scheduled();

        Assert.False(session.Join(At.AddMinutes(-31)));
        Assert.Equal(SessionStatus.Scheduled, session.Status);
        Assert.True(session.Advance(At.AddMinutes(-30)));
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.True(session.Join(At));
        Assert.Equal(SessionStatus.InProgress, session.Status);
    }

    [Fact]
    public void An_unconcluded_session_expires_a_day_after_its_time_and_is_then_neither_joined_nor_concluded()
    {
        var session = Scheduled();
        session.Join(At);

        Assert.True(session.Advance(At.AddHours(24).AddSeconds(1)));
        Assert.Equal(SessionStatus.Expired, session.Status);
        Assert.False(session.Join(At.AddHours(25)));
        Assert.False(session.Conclude(new ValidConclusion("纪要", ReviewDecision.Approved, []), "clerk", At.AddHours(25)));
        Assert.False(session.Cancel(At.AddHours(25)));
    }

    [Fact]
    public void A_cancelled_session_keeps_its_room_until_the_room_is_closed()
    {
        var session = Scheduled();

        Assert.True(session.Cancel(At));
        Assert.NotNull(session.Room);
        session.RoomClosed(At);
        Assert.Null(session.Room);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.False(session.Join(At));
    }
}
