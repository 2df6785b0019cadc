namespace Linkage.Catalog.Domain;

/// <summary>Catalogue codes are opaque strings with length limits (docs/domain.md).</summary>
public static class BasicCode
{
    public const int MaxLength = 12;            // 基本编码
    public const int ImplementationMaxLength = 36; // 实施编码
}
