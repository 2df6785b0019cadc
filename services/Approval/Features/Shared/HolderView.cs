using Linkage.Approval.Domain;

namespace Linkage.Approval.Features.Shared;

/// <summary>The holder as staff see it: the ID number masked, never in clear.</summary>
public sealed record HolderView(string Kind, string Name, string MaskedId, string? CreditCode)
{
    public static HolderView From(Holder h) => new(h.Kind, h.Name, h.MaskedId, h.CreditCode);
}
