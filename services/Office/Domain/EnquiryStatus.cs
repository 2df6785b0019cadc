namespace Linkage.Office.Domain;

public enum EnquiryStatus
{
    Recorded,   // 首问登记: the first staff member asked owns it
    HandedOver, // 转交: handed to the right window, not yet taken
    Accepted,   // 接收: the window's staff took it over
    Closed,     // 办结/答复
}
