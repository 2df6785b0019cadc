namespace Linkage.Office.Domain;

/// <summary>The five powers a department grants its window at a centre (窗口授权书); kebab-case in the API.</summary>
public enum WindowPower
{
    Accept,     // 受理
    Review,     // 审核
    Coordinate, // 协调处置
    Deliver,    // 办理结果送达
    Litigate,   // 应诉代理
}
