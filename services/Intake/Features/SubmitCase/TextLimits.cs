namespace Linkage.Intake.Features.SubmitCase;

/// <summary>The longest text a submission may carry, field by field: the columns that store it here and in the
/// modules its events reach (issue 20, hole 6).</summary>
public static class TextLimits
{
    /// <summary>Applicant and holder names: <c>varchar(200)</c> in approval, certificates and appointments.</summary>
    public const int Name = 200;

    public const int Phone = 32;

    /// <summary>Material codes: <c>material_code varchar(64)</c>.</summary>
    public const int Code = 64;

    /// <summary><c>idempotency_keys.key varchar(200)</c>.</summary>
    public const int IdempotencyKey = 200;
}
