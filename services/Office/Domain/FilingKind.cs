namespace Linkage.Office.Domain;

public enum FilingKind
{
    Refusal,             // 不予受理
    LateMaterialsNotice, // 缺件告知, issued more than N days after receipt
}
