namespace Linkage.Fees.Domain;

public enum ReliefKind
{
    Exemption, // 免征: the item is not charged
    Reduction, // 减征: the item is charged at a lower rate
}
