using Linkage.Kernel.Rules;

namespace Linkage.Certificates.Domain.Rules;

/// <summary>A licence is delivered one way (送达方式): its delivery is arranged once.</summary>
public sealed class DeliveryArrangedOnceRule(string identifier, bool arranged) : IBusinessRule
{
    public string Field => "identifier";

    public string Message => $"Delivery of {identifier} is arranged already.";

    public bool IsBroken() => arranged;
}
