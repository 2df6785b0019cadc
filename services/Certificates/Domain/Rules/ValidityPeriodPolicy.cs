namespace Linkage.Certificates.Domain.Rules;

/// <summary>A licence valid for N years runs from its issue date to the day before the Nth anniversary;
/// N = 0 means no expiry.</summary>
public sealed class ValidityPeriodPolicy(int validityYears)
{
    public DateOnly? ValidUntil(DateOnly issuedOn) => validityYears > 0 ? issuedOn.AddYears(validityYears).AddDays(-1) : null;
}
