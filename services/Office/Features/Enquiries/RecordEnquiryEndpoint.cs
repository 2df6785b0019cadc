using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Office.Features.Enquiries;

/// <summary>POST /enquiries <c>{topic, matterCode?}</c>: 首问登记, the first staff member asked records the question
/// and owns it. No resident's ID number is taken: the topic says what was asked.</summary>
public static class RecordEnquiryEndpoint
{
    public sealed record RecordRequest(string? Topic, string? MatterCode);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/enquiries", Handle).WithName("RecordEnquiry")
        .WithSummary("Record an enquiry at the desk (首问负责): its first-asked owner answers it or hands it to a window.");

    private static async Task<Results<Ok<EnquiryView>, Created<EnquiryView>, InvalidRequest, ProblemHttpResult>> Handle(
        RecordRequest request, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (OfficeScope.StaffCentre(caller) is not { } centre) return Problems.NotFound("Centre");
        var topic = Texts.Of(request.Topic, OfficeLimits.TextLength);
        var matter = request.MatterCode?.Trim();
        var errors = new FieldErrors()
            .Require(topic is not null, "topic", $"What the resident asked, 1 to {OfficeLimits.TextLength} characters.")
            .Require(matter is null || matter.Length is > 0 and <= 36, "matterCode", "A matter code of 1 to 36 characters, or none.");
        if (errors.Any) return Problems.Invalid(errors);

        var enquiry = Enquiry.Record(centre, caller.Division!.Value.Value, topic!, matter, caller.Subject, Texts.Clip(caller.Name), clock.GetUtcNow());
        db.Enquiries.Add(enquiry);
        db.Audit(caller, "office.enquiry-recorded", "enquiry", enquiry.Id.ToString());
        return await EnquiryStore.SaveAsync(db, enquiry, created: true, ct);
    }
}
