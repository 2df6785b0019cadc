namespace Linkage.Webhooks.Domain;

/// <summary>An integrator's webhook (回调订阅): the events of some types that happen in its owner's subtree are POSTed
/// to <see cref="Url"/>, signed with <see cref="Secret"/> (decision 0600). Only its owner sees or changes it.</summary>
public sealed class Subscription
{
    private Subscription() { }

    public Subscription(string owner, string division, string subtreePrefix, string secret, DateTimeOffset at) =>
        (Id, Owner, Division, SubtreePrefix, Secret, CreatedAt) = (Guid.CreateVersion7(), owner, division, subtreePrefix, secret, at);

    public Guid Id { get; private set; }
    public string Owner { get; private set; } = "";
    public string Division { get; private set; } = "";

    /// <summary>The significant prefix of <see cref="Division"/>: an event's division starting with it is in scope.</summary>
    public string SubtreePrefix { get; private set; } = "";
    public string Url { get; private set; } = "";
    public string[] EventTypes { get; private set; } = [];
    public string Secret { get; private set; } = "";
    public bool Active { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Set(string url, string[] eventTypes, bool active, DateTimeOffset at) =>
        (Url, EventTypes, Active, UpdatedAt) = (url, eventTypes, active, at);
}
