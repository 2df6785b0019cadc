namespace Linkage.Fees.Domain;

public enum PaymentChannel
{
    Window, // 窗口缴费: a bank or non-tax payment reference entered by the clerk
    Online, // 网上缴费: confirmed by the provider's signed callback
}
