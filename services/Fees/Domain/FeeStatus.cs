namespace Linkage.Fees.Domain;

public enum FeeStatus
{
    Free,   // nothing is due (no fee listed, or every item exempted)
    Due,    // 待缴
    Paid,   // 已缴
    Waived, // 免收: waived as a whole, with a reason
}
