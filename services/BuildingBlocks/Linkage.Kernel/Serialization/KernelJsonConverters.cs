namespace Linkage.Kernel;

public sealed class DivisionCodeJsonConverter : StringValueJsonConverter<DivisionCode>
{
    protected override Parser TryParse => DivisionCode.TryParse;

    protected override string Format(DivisionCode value) => value.Value;
}

public sealed class CreditCodeJsonConverter : StringValueJsonConverter<CreditCode>
{
    protected override Parser TryParse => CreditCode.TryParse;

    protected override string Format(CreditCode value) => value.Value;
}

public sealed class CaseNumberJsonConverter : StringValueJsonConverter<CaseNumber>
{
    protected override Parser TryParse => CaseNumber.TryParse;

    protected override string Format(CaseNumber value) => value.Value;
}

public sealed class LicenceIdentifierJsonConverter : StringValueJsonConverter<LicenceIdentifier>
{
    protected override Parser TryParse => LicenceIdentifier.TryParse;

    protected override string Format(LicenceIdentifier value) => value.Value;
}

/// <summary>Reads the full number but writes only the masked form: a serialised citizen ID never leaks.
/// Send <see cref="CitizenId.Value"/> explicitly where the full number is really needed.</summary>
public sealed class CitizenIdJsonConverter : StringValueJsonConverter<CitizenId>
{
    protected override Parser TryParse => (string? s, out CitizenId id, out string? error) => CitizenId.TryParse(s, out id, out error);

    protected override string Format(CitizenId value) => value.Masked;
}
