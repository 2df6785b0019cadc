namespace Linkage.Ratings.Domain;

/// <summary>How the unit classified a bad rating after the return visit.</summary>
public enum Resolution
{
    FixAtOnce,   // 立行立改: clear and reasonable
    Ledger,      // 限期整改: complex, on the ledger with a deadline
    Explanation, // 解释说明: no legal basis for the demand
    Appeal,      // 申诉: mistaken or malicious, decided by the supervisor
}
