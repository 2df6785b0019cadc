namespace Linkage.Intake.Domain;

public enum Channel
{
    Window, // 综合窗口
    Online, // 网上申请
    Proxy,  // 村级代办
}
