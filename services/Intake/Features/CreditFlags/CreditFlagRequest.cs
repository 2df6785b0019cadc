using Linkage.Kernel;

namespace Linkage.Intake.Features.CreditFlags;

/// <summary>Flag or unflag: a person by citizen ID or an organisation by credit code, and a reason (always required).
/// The number is turned into its digest here and never kept.</summary>
public sealed record CreditFlagRequest(string? IdNumber, string? CreditCode, string? Reason)
{
    public (string? Digest, FieldErrors Errors) Validate(PersonalIdHasher hasher)
    {
        var errors = new FieldErrors();
        string? number = null;
        if (CreditCode is not null)
            number = Kernel.CreditCode.TryParse(CreditCode, out var code, out var error) ? code.Value : Fail(errors.Add("creditCode", error!));
        else if (CitizenId.TryParse(IdNumber, out var id, out var idError)) number = id.Value;
        else errors.Add("idNumber", idError ?? "A citizen ID number or a credit code is required.");
        errors.Require(Reason is { Length: > 0 and <= 500 } && !string.IsNullOrWhiteSpace(Reason), "reason", "A reason of 1 to 500 characters is required.");
        return (errors.Any ? null : hasher.Digest(number!), errors);
    }

    private static string? Fail(FieldErrors _) => null;
}
