namespace Linkage.Intake.Features.SubmitCase;

public sealed record SubmitCaseRequest(
    string? MatterCode,
    string? OrgUnitId,
    ApplicantInput? Applicant,
    bool? PrincipalConsent,
    IReadOnlyList<MaterialInput>? Materials,
    DateOnly? SupplyBy = null, // 容缺: the date the applicant commits to supply the deferred materials
    string? BundleCode = null); // 一件事一次办: a bundle instead of a matter (exactly one of the two)

public sealed record ApplicantInput(string? Kind, string? Name, string? IdNumber, string? CreditCode, string? Phone,
    RepresentativeInput? LegalRepresentative = null); // organisations: 法定代表人 as the business licence names them (decision 0672)

public sealed record RepresentativeInput(string? Name, string? IdNumber);

public sealed record MaterialInput(string? Code, string? Form);
