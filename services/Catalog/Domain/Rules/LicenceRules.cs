using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>A produced licence needs a type (credit code of the defining body + 3 digits), a name and a valid issuer.</summary>
public static class LicenceRules
{
    public static IEnumerable<IBusinessRule> For(Licence licence, string field = "licence")
    {
        if (!licence.Produces) yield break;
        yield return new LicenceTypeCodeRule($"{field}.typeCode", licence.TypeCode);
        yield return new RequiredTextRule($"{field}.typeName", licence.TypeName);
        yield return new CreditCodeRule($"{field}.issuerCreditCode", licence.IssuerCreditCode);
        yield return new AtLeastRule($"{field}.validityYears", licence.ValidityYears, 0);
    }
}

/// <summary>Licence type code (证照类型代码, GB/T 36904): 18-char credit code + 3-digit sequence.</summary>
public sealed class LicenceTypeCodeRule(string fieldPath, string? typeCode) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "A licence type code is a valid 18-character credit code followed by 3 digits.";

    public bool IsBroken() => typeCode is not { Length: Licence.TypeCodeLength }
        || !typeCode[18..].All(char.IsAsciiDigit)
        || !CreditCode.TryParse(typeCode[..18], out _, out _);
}

/// <summary>A unified social credit code (统一社会信用代码, GB 32100) with a correct check character.</summary>
public sealed class CreditCodeRule(string fieldPath, string? code) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "A valid 18-character unified social credit code is required.";

    public bool IsBroken() => !CreditCode.TryParse(code, out _, out _);
}
