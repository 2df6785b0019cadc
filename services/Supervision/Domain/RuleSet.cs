namespace Linkage.Supervision.Domain;

/// <summary>A region's supervision rules (监察规则) as data: each term left null inherits from the region above,
/// a locked term binds every region below (the catalog's inherit/override/lock, decision 0102).</summary>
public sealed class RuleSet
{
    private RuleSet() { }

    public string Division { get; private set; } = "";
    public int? WarnWorkingDays { get; private set; }
    public decimal? WarnFraction { get; private set; }
    public int? OrderReplyWorkingDays { get; private set; }

    /// <summary>受理时限: working days from receipt to acceptance or the one-time notice (行政许可法 Art. 32: at most 5).</summary>
    public int? AcceptanceWorkingDays { get; private set; }

    /// <summary>发证送达时限: days from the decision to the licence issued and delivered (行政许可法 Art. 44: at most 10).</summary>
    public int? CertificateDays { get; private set; }

    /// <summary>签发时限: working days from the departments' approval to the chief representative's sign-off (0141).</summary>
    public int? SignOffWorkingDays { get; private set; }
    public List<string> Locks { get; private set; } = [];
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static RuleSet For(string division) => new() { Division = division };

    public void Write(RuleTerms terms, IReadOnlyList<string> locks, string by, DateTimeOffset at)
    {
        (WarnWorkingDays, WarnFraction, OrderReplyWorkingDays) = (terms.WarnWorkingDays, terms.WarnFraction, terms.OrderReplyWorkingDays);
        (AcceptanceWorkingDays, CertificateDays, SignOffWorkingDays) = (terms.AcceptanceWorkingDays, terms.CertificateDays, terms.SignOffWorkingDays);
        (Locks, UpdatedBy, UpdatedAt) = ([.. locks], by, at.ToUniversalTime());
    }

    public RuleTerms Terms => new(WarnWorkingDays, WarnFraction, OrderReplyWorkingDays, AcceptanceWorkingDays, CertificateDays,
        SignOffWorkingDays);
}

/// <summary>The terms of a rule set; null: inherited.</summary>
public sealed record RuleTerms(int? WarnWorkingDays, decimal? WarnFraction, int? OrderReplyWorkingDays, int? AcceptanceWorkingDays,
    int? CertificateDays, int? SignOffWorkingDays = null)
{
    public const string Warn = "warnWorkingDays";
    public const string Fraction = "warnFraction";
    public const string OrderReply = "orderReplyWorkingDays";
    public const string Acceptance = "acceptanceWorkingDays";
    public const string Certificate = "certificateDays";
    public const string SignOff = "signOffWorkingDays";

    public static readonly IReadOnlyList<string> Names = [Warn, Fraction, OrderReply, Acceptance, Certificate, SignOff];

    public bool Sets(string term) => term switch
    {
        Warn => WarnWorkingDays is not null,
        Fraction => WarnFraction is not null,
        Acceptance => AcceptanceWorkingDays is not null,
        Certificate => CertificateDays is not null,
        SignOff => SignOffWorkingDays is not null,
        _ => OrderReplyWorkingDays is not null,
    };
}
