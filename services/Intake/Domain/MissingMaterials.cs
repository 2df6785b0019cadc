namespace Linkage.Intake.Domain;

/// <summary>Two-slip system (两单制): everything required and not brought is listed at once.</summary>
public static class MissingMaterials
{
    public static IReadOnlyList<string> Find(IEnumerable<RequiredMaterial> required, IReadOnlySet<string> submitted) =>
        required.Where(m => m.Required && !submitted.Contains(m.Code)).Select(m => m.Code).ToList();
}

public sealed record RequiredMaterial(string Code, string Name, bool Required, bool Deferrable);
