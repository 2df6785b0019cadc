using Linkage.Kernel;
using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Rules;

/// <summary>Thresholds in range, locks that name terms, and no term a region above locked.</summary>
public static class RuleSetValidation
{
    public static FieldErrors Check(RuleSetRequest r, DivisionCode division, RuleBook book)
    {
        var errors = new FieldErrors();
        if (r.WarnWorkingDays is < 0 or > 30) errors.Add(RuleTerms.Warn, "0 to 30 working days.");
        if (r.WarnFraction is <= 0m or >= 1m) errors.Add(RuleTerms.Fraction, "A share of the time limit strictly between 0 and 1, e.g. 0.8.");
        if (r.OrderReplyWorkingDays is < 1 or > 30) errors.Add(RuleTerms.OrderReply, "1 to 30 working days.");
        if (r.CertificateDays is < 1 or > 10) errors.Add(RuleTerms.Certificate, "1 to 10 days (行政许可法 Art. 44 allows at most 10).");
        if (r.AcceptanceWorkingDays is < 1 or > 5) errors.Add(RuleTerms.Acceptance, "1 to 5 working days (行政许可法 Art. 32 allows at most 5).");
        if (r.SignOffWorkingDays is < 1 or > 10) errors.Add(RuleTerms.SignOff, "1 to 10 working days.");
        foreach (var unknown in (r.Locks ?? []).Where(l => !RuleTerms.Names.Contains(l)))
            errors.Add("locks", $"'{unknown}' is not a term; use {string.Join(", ", RuleTerms.Names)}.");
        var terms = new RuleTerms(r.WarnWorkingDays, r.WarnFraction, r.OrderReplyWorkingDays, r.AcceptanceWorkingDays, r.CertificateDays,
            r.SignOffWorkingDays);
        foreach (var term in RuleTerms.Names.Where(terms.Sets))
            if (book.LockedAbove(division, term) is { } by) errors.Add(term, $"Locked by {by}: regions below keep its value.");
        return errors;
    }
}
