using Linkage.Kernel;

namespace Linkage.Catalog.Domain.Rules;

/// <summary>The committed limit (承诺时限) may not exceed the legal limit (法定时限). Working days are never shorter than
/// the same number of calendar days, so a committed limit in calendar days compares directly with a legal one in working
/// days; the other way round cannot be checked without a calendar, so it is refused: state both in the same unit.</summary>
public sealed class CommittedLimitWithinLegalLimitRule(string fieldPath, HandlingTimeLimit legal, HandlingTimeLimit committed) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => Comparable
        ? $"The committed limit ({committed.Amount}) must not exceed the legal limit ({legal.Amount})."
        : "A committed limit in working days cannot be checked against a legal limit in calendar days; use the same unit.";

    public bool IsBroken() => !Comparable || committed.Amount > legal.Amount;

    private bool Comparable => committed.Unit == legal.Unit || committed.Unit == TimeLimitUnit.CalendarDays;
}
