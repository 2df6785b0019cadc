using System.Security.Cryptography;

namespace Linkage.VideoReview.Domain;

/// <summary>A short-lived admission to a session's room (入会凭证), bound to one user, one session and a role.
/// Its token is what Janus checks (token_auth and the room's allowed list); its feed id is the publisher id the
/// holder joins with, so the host can mute or kick exactly them.</summary>
public sealed class JoinTicket
{
    private JoinTicket() { }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public string Subject { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public TicketRole Role { get; private set; }
    public string Token { get; private set; } = "";
    public long FeedId { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public TicketRevocation? Revocation { get; private set; }

    public static JoinTicket Issue(Guid sessionId, string subject, string displayName, TicketRole role, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        SessionId = sessionId,
        Subject = subject,
        DisplayName = displayName,
        Role = role,
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        FeedId = RandomNumberGenerator.GetInt32(1, int.MaxValue) * 1000L + RandomNumberGenerator.GetInt32(1000),
        IssuedAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>A ticket in use (its holder is in the room) stays valid.</summary>
    public void Extend(DateTimeOffset now, TimeSpan lifetime) => ExpiresAt = now + lifetime;

    public void Revoke(TicketRevocation why, DateTimeOffset now) => (RevokedAt, Revocation) = (RevokedAt ?? now, Revocation ?? why);
}
