using Linkage.Contracts.Events.Ratings;
using Linkage.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.Ratings.Messaging;

/// <summary>The contact relay's queue (the SMS gateway / 联系中转 stand-in, decision 0616): <c>ratings-notifications</c>,
/// durable, bound to the three events a relay acts on — the invitation to rate, the return-visit request and the
/// rectification's result — declared before the host serves, so every one of them waits until a relay takes it. The
/// events name the case and carry the applicant's ID digest as the opaque contact handle, never the ID number.
/// Bounded (decision 0656): a message waits at most the invitation period (later the invitation is closed and the
/// visit and rectification overdue, which the sweep reports) and at most <see cref="RatingsSettings.NotificationsMaxLength"/>
/// wait; older ones go to <c>ratings-notifications-expired</c>, itself bounded, so a deployment without a relay does
/// not fill its broker.</summary>
public sealed class NotificationQueue(IConfiguration config, RatingsSettings settings, ILogger<NotificationQueue> log) : IHostedService
{
    public const string Name = "ratings-notifications";

    public static readonly IReadOnlyList<Type> Events = [typeof(RatingInvited), typeof(ReturnVisitRequested), typeof(RectificationFedBack)];

    public QueueBounds Bounds => new(settings.NotificationsMaxLength, settings.InvitationPeriod);

    public async Task StartAsync(CancellationToken ct)
    {
        if (await BoundQueue.DeclareAsync(config, Name, Events, Bounds, ct) == BoundQueue.Declared.Unbounded)
            log.LogWarning("{Queue} was declared without bounds and still holds messages: left unbounded until a relay drains it or an operator purges it (decision 0656)", Name);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
