namespace Linkage.Office.Domain;

/// <summary>One line of an enquiry's trail: who did what, when, at which window; <see cref="CoveringFor"/> names the A
/// whose post the actor worked as B that day (AB角), so each covered item is on record.</summary>
public sealed record EnquiryStep(
    Guid Id, Guid EnquiryId, int Sequence, EnquiryStatus Status, string By, string ByName, DateTimeOffset At, string? WindowCode,
    string? Note, string? CoveringFor = null);
