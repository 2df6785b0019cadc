namespace Linkage.Supervision.Domain;

public enum AlertLevel
{
    Yellow, // 黄牌预警: the deadline is near
    Red,    // 红牌警告: the deadline has passed
}
