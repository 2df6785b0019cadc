using Linkage.Contracts.Events.Intake;
using Linkage.Intake.Domain;
using Linkage.Kernel;

namespace Linkage.Intake.Features.SubmitCase;

public sealed class SubmitCaseValidator(PersonalIdHasher hasher)
{
    public (ValidSubmission? Submission, FieldErrors Errors) Validate(SubmitCaseRequest request, CallerContext caller)
    {
        var errors = new FieldErrors();
        var appliedFor = AppliedForOf(request, errors);
        var channel = ChannelOf(caller);
        var orgUnit = request.OrgUnitId ?? caller.OrgUnitId ?? "";
        if (channel == Channel.Proxy)
            errors.Require(request.PrincipalConsent == true, "principalConsent", "The principal's consent to proxy handling is required.");
        var applicant = ApplicantOf(request.Applicant, caller, channel, errors);
        var materials = MaterialsOf(request.Materials, errors);
        return errors.Any ? (null, errors) : (new ValidSubmission(appliedFor, channel, orgUnit, applicant!, materials), errors);
    }

    /// <summary>Exactly one of <c>matterCode</c> and <c>bundleCode</c> (一件事一次办).</summary>
    private static AppliedFor AppliedForOf(SubmitCaseRequest request, FieldErrors errors)
    {
        var (matter, bundle) = (request.MatterCode?.Trim(), request.BundleCode?.Trim());
        if (bundle is null)
        {
            errors.Require(matter is { Length: > 0 and <= 36 }, "matterCode", "A matter code of 1 to 36 characters is required (or a bundleCode).");
            return AppliedFor.Matter(matter ?? "");
        }
        errors.Require(matter is null, "bundleCode", "Give either matterCode or bundleCode, not both.")
            .Require(bundle is { Length: > 0 and <= 36 }, "bundleCode", "A bundle code of 1 to 36 characters is required.");
        return AppliedFor.Bundle(bundle);
    }

    private static Channel ChannelOf(CallerContext caller) =>
        caller.Has(Roles.VillageAgent) ? Channel.Proxy : caller.Has(Roles.WindowClerk) ? Channel.Window : Channel.Online;

    private Applicant? ApplicantOf(ApplicantInput? input, CallerContext caller, Channel channel, FieldErrors errors)
    {
        if (input is null) { errors.Add("applicant", "The applicant is required."); return null; }
        // bounded like every column that stores it downstream (approval, certificates: varchar(200)); see decision 0310
        errors.Require(input.Name?.Trim() is { Length: > 0 and <= TextLimits.Name }, "applicant.name", $"The applicant's name is required, at most {TextLimits.Name} characters.")
            .Require(input.Phone is null || input.Phone.Length <= TextLimits.Phone, "applicant.phone", $"The phone number is at most {TextLimits.Phone} characters.");
        return input.Kind switch
        {
            "person" or null => Person(input, caller, channel, errors),
            "organisation" => Organisation(input, caller, channel, errors),
            _ => Invalid<Applicant>(errors.Add("applicant.kind", "Use 'person' or 'organisation'.")),
        };
    }

    private Applicant? Person(ApplicantInput input, CallerContext caller, Channel channel, FieldErrors errors)
    {
        if (!CitizenId.TryParse(input.IdNumber, out var id, out var error))
            return Invalid<Applicant>(errors.Add("applicant.idNumber", error ?? "The citizen ID number is not valid."));
        var digest = hasher.Digest(id.Value);
        if (channel == Channel.Online && digest != caller.IdDigest)
            return Invalid<Applicant>(errors.Add("applicant.idNumber", "Online, you can apply only for yourself."));
        if (input.LegalRepresentative is not null)
            return Invalid<Applicant>(errors.Add("applicant.legalRepresentative", "Only an organisation has a legal representative."));
        return new Applicant(ApplicantKind.Person, input.Name?.Trim() ?? "", id.Masked, digest, null);
    }

    /// <summary>Online, only for the organisation the caller acts for (their <c>org_credit_code</c> claim); window
    /// staff and village agents apply for any organisation, having seen its papers.</summary>
    private Applicant? Organisation(ApplicantInput input, CallerContext caller, Channel channel, FieldErrors errors)
    {
        if (!CreditCode.TryParse(input.CreditCode, out var code, out var error))
            return Invalid<Applicant>(errors.Add("applicant.creditCode", error ?? "The unified social credit code is not valid."));
        if (channel == Channel.Online && !string.Equals(code.Value, caller.OrgCreditCode, StringComparison.OrdinalIgnoreCase))
            return Invalid<Applicant>(errors.Add("applicant.creditCode", "Online, you can apply only for the organisation you act for."));
        return new Applicant(ApplicantKind.Organisation, input.Name?.Trim() ?? "", code.Value, hasher.Digest(code.Value), code.Value,
            RepresentativeOf(input.LegalRepresentative, errors));
    }

    /// <summary>法定代表人, optional: the name as the business licence gives it and a valid resident ID, kept masked and as
    /// this deployment's digest (decision 0672); the number is never echoed. Null with an error when either is wrong.</summary>
    private LegalRepresentative? RepresentativeOf(RepresentativeInput? input, FieldErrors errors)
    {
        if (input is null) return null;
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > CollectorNameLimit || name.Any(char.IsControl))
            return Invalid<LegalRepresentative>(errors.Add("applicant.legalRepresentative.name", $"The legal representative's name is required, at most {CollectorNameLimit} characters."));
        if (!CitizenId.TryParse(input.IdNumber, out var id, out var error))
            return Invalid<LegalRepresentative>(errors.Add("applicant.legalRepresentative.idNumber", error ?? "The citizen ID number is not valid."));
        return new LegalRepresentative(name, id.Masked, hasher.Digest(id.Value));
    }

    /// <summary>As long as the name a collector gives at the hand-over (decision 0659), which is compared with it.</summary>
    private const int CollectorNameLimit = 50;

    private static IReadOnlyList<string> MaterialsOf(IReadOnlyList<MaterialInput>? materials, FieldErrors errors)
    {
        var codes = new List<string>();
        for (var i = 0; i < (materials?.Count ?? 0); i++)
        {
            var code = materials![i].Code?.Trim();
            if (code is not { Length: > 0 and <= TextLimits.Code }) errors.Add($"materials[{i}].code", $"A material code of 1 to {TextLimits.Code} characters is required.");
            else codes.Add(code);
            errors.Require(materials[i].Form is null || materials[i].Form!.Length <= TextLimits.Code, $"materials[{i}].form", $"The form is at most {TextLimits.Code} characters.");
        }
        return codes.Distinct().ToList();
    }

    private static T? Invalid<T>(FieldErrors _) where T : class => null;
}
