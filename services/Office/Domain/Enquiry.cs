namespace Linkage.Office.Domain;

/// <summary>首问负责: a resident's question recorded by the first staff member asked, who owns it until the window it
/// was handed to accepts it; then that window's staff own it until it is closed. Every move is a trail step.</summary>
public sealed class Enquiry
{
    private readonly List<EnquiryStep> steps = [];

    private Enquiry() { }

    public Guid Id { get; private set; }
    public string OrgUnitId { get; private set; } = "";
    public string Division { get; private set; } = "";
    public string Topic { get; private set; } = "";
    public string? MatterCode { get; private set; }
    public EnquiryStatus Status { get; private set; }
    public string Owner { get; private set; } = "";
    public string OwnerName { get; private set; } = "";
    public string? WindowCode { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public int Steps { get; private set; }

    /// <summary>The trail lines added since loading, for the save.</summary>
    public IReadOnlyList<EnquiryStep> NewSteps => steps;

    public static Enquiry Record(string centre, string division, string topic, string? matterCode, string by, string byName, DateTimeOffset at)
    {
        var enquiry = new Enquiry
        {
            Id = Guid.CreateVersion7(at), OrgUnitId = centre, Division = division, Topic = topic, MatterCode = matterCode,
            Owner = by, OwnerName = byName, RecordedAt = at,
        };
        enquiry.Step(EnquiryStatus.Recorded, by, byName, at, null, null);
        return enquiry;
    }

    public void HandOver(string windowCode, string by, string byName, string? note, string? coveringFor, DateTimeOffset at)
    {
        WindowCode = windowCode;
        Step(EnquiryStatus.HandedOver, by, byName, at, windowCode, note, coveringFor);
    }

    /// <summary>The window's staff take it over; <paramref name="coveringFor"/> is the absent A when a B accepts.</summary>
    public void Accept(string by, string byName, string? coveringFor, DateTimeOffset at)
    {
        (Owner, OwnerName) = (by, byName);
        Step(EnquiryStatus.Accepted, by, byName, at, WindowCode, null, coveringFor);
    }

    public void Close(string by, string byName, string note, string? coveringFor, DateTimeOffset at) =>
        Step(EnquiryStatus.Closed, by, byName, at, WindowCode, note, coveringFor);

    private void Step(EnquiryStatus status, string by, string byName, DateTimeOffset at, string? window, string? note, string? coveringFor = null)
    {
        Status = status;
        Steps++;
        steps.Add(new EnquiryStep(Guid.CreateVersion7(at), Id, Steps, status, by, byName, at, window, note, coveringFor));
    }
}
