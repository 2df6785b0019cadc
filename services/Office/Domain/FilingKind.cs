namespace Linkage.Office.Domain;

public enum FilingKind
{
    Refusal,             // 不予受理
    LateMaterialsNotice, // 缺件告知, issued more than N days after receipt
    Rejection,           // 不予许可, a department's refusal in approval (decision 0505)
}
