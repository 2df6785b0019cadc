using Linkage.Intake.Features.Shared;
using Linkage.Intake.Features.SubmitCase;
using Linkage.ServiceDefaults.Grpc;
using V1 = Linkage.Contracts.Intake.V1;

namespace Linkage.Intake.Grpc;

/// <summary>linkage.intake.v1 messages to and from the REST handlers' records.</summary>
internal static class IntakeProto
{
    public static SubmitCaseRequest FromProto(V1.SubmitCaseRequest r) => new(
        r.MatterCode.OrNull(), r.OrgUnitId.OrNull(),
        r.Applicant is { } a ? new ApplicantInput(a.Kind.OrNull(), a.Name.OrNull(), a.IdNumber.OrNull(), a.CreditCode.OrNull(), a.Phone.OrNull(),
            a.LegalRepresentative is { } l ? new RepresentativeInput(l.Name.OrNull(), l.IdNumber.OrNull()) : null) : null,
        r.HasPrincipalConsent ? r.PrincipalConsent : null,
        r.Materials.Select(m => new MaterialInput(m.Code.OrNull(), m.Form.OrNull())).ToList(),
        GrpcValues.Date(r.SupplyBy, "supplyBy"), r.BundleCode.OrNull());

    public static IFormFile FromProto(V1.MaterialFile f)
    {
        var content = f.Content.ToByteArray();
        return new FormFile(new MemoryStream(content), 0, content.Length, f.Code, f.FileName)
        {
            Headers = new HeaderDictionary(),
            ContentType = f.ContentType,
        };
    }

    public static V1.Case ToProto(CaseView c) => new()
    {
        Id = c.Id.ToString(),
        CaseNumber = c.CaseNumber,
        Status = c.Status.Kebab(),
        MatterCode = c.MatterCode,
        MatterName = c.MatterName,
        ImplementationCode = c.ImplementationCode,
        ImplementationVersion = c.ImplementationVersion,
        Channel = c.Channel.Kebab(),
        SubmittedAt = ToProto(c.SubmittedTo),
        HandledBy = ToProto(c.HandledBy),
        Applicant = new V1.Applicant
        {
            Kind = c.Applicant.Kind.Kebab(), Name = c.Applicant.Name, MaskedId = c.Applicant.MaskedId,
            LegalRepresentative = c.Applicant.LegalRepresentative is { } l ? new V1.LegalRepresentative { Name = l.Name, MaskedId = l.MaskedId } : null,
        },
        AgentName = c.AgentName ?? "",
        ReceivedAt = c.ReceivedAt.Instant(),
        AcceptedAt = c.AcceptedAt.Instant(),
        DueDate = c.DueDate.Text(),
        CommittedWorkingDays = c.CommittedWorkingDays,
        ForwardedAt = c.ForwardedAt.Instant(),
        ArrivedAt = c.ArrivedAt.Instant(),
        CompletedAt = c.CompletedAt.Instant(),
        Outcome = c.Outcome ?? "",
        Slip = c.Slip is { } s ? ToProto(s) : null,
        CertificateIdentifier = c.CertificateIdentifier ?? "",
    };

    private static V1.Place ToProto(PlaceView p) => new() { OrgUnitId = p.OrgUnitId, Name = p.Name ?? "", Division = p.Division };

    private static V1.Slip ToProto(SlipView s) => new()
    {
        Kind = s.Kind, AcceptedOn = s.AcceptedOn.Text(), DueDate = s.DueDate.Text(), Missing = { s.OutstandingMaterials },
        SupplyBy = s.SupplyBy.Text(), Reason = s.Reason ?? "",
    };
}
