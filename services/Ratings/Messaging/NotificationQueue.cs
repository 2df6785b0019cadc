using Linkage.Contracts.Events.Ratings;
using Linkage.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Linkage.Ratings.Messaging;

/// <summary>The contact relay's queue (the SMS gateway / 联系中转 stand-in, decision 0616): <c>ratings-notifications</c>,
/// durable, bound to the three events a relay acts on — the invitation to rate, the return-visit request and the
/// rectification's result — declared before the host serves, so every one of them waits until a relay takes it. The
/// events name the case and carry the applicant's ID digest as the opaque contact handle, never the ID number.</summary>
public sealed class NotificationQueue(IConfiguration config) : IHostedService
{
    public const string Name = "ratings-notifications";

    public static readonly IReadOnlyList<Type> Events = [typeof(RatingInvited), typeof(ReturnVisitRequested), typeof(RectificationFedBack)];

    public Task StartAsync(CancellationToken ct) => BoundQueue.DeclareAsync(config, Name, Events, ct);

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
