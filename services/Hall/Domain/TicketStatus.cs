namespace Linkage.Hall.Domain;

public enum TicketStatus
{
    Waiting,
    Called,   // 叫号: at a window now
    Served,   // 办结离开
    Skipped,  // 过号: did not come when called
}
