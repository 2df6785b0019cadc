using Linkage.Kernel;

namespace Linkage.Catalog.Domain;

/// <summary>A place in the region tree, keyed by its 12-digit division code (区划代码).</summary>
public sealed class Region
{
    private Region() { }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DivisionLevel Level { get; private set; }

    /// <summary>The region above; null for a province. By default the Kernel's parent code, which skips the placeholder
    /// city of province-administered counties (<c>xx90xx</c>).</summary>
    public string? ParentCode { get; private set; }

    public static Region Create(DivisionCode code, string name, DivisionCode? parent = null) => new()
    {
        Code = code.Value,
        Name = name,
        Level = code.Level,
        ParentCode = (parent ?? code.Parent)?.Value,
    };
}
