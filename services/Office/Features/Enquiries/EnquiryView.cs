using Linkage.Office.Domain;

namespace Linkage.Office.Features.Enquiries;

public sealed record EnquiryView(
    Guid Id, string OrgUnitId, string Topic, string? MatterCode, EnquiryStatus Status, string Owner, string OwnerName, string? WindowCode,
    DateTimeOffset RecordedAt, IReadOnlyList<StepView> Trail)
{
    public static EnquiryView From(Enquiry e, IEnumerable<EnquiryStep> steps) => new(
        e.Id, e.OrgUnitId, e.Topic, e.MatterCode, e.Status, e.Owner, e.OwnerName, e.WindowCode, e.RecordedAt,
        steps.OrderBy(s => s.Sequence).Select(s => new StepView(s.Sequence, s.Status, s.By, s.ByName, s.At, s.WindowCode, s.Note, s.CoveringFor)).ToList());
}

public sealed record StepView(int Sequence, EnquiryStatus Status, string By, string ByName, DateTimeOffset At, string? WindowCode, string? Note, string? CoveringFor);
