namespace Linkage.VideoReview.Media;

/// <summary>What a join ticket carries from configuration: the SFU address browsers use and how long a ticket lasts
/// unused. Registered with or without a configured SFU.</summary>
public sealed record JoinSettings(Uri? PublicUrl, TimeSpan TicketLifetime);
