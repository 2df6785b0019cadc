namespace Linkage.Catalog.Domain;

/// <summary>One material set for a bundle: a material with the same code or the same name as one already taken from
/// an earlier leg is merged into it once, keeping the strictest flags (required if any leg requires it, 容缺 only if
/// every leg allows it). Order follows the legs.</summary>
public static class BundleMaterials
{
    public static IReadOnlyList<Material> Merge(IEnumerable<IReadOnlyList<Material>> legs)
    {
        var merged = new List<Material>();
        foreach (var material in legs.SelectMany(l => l))
        {
            var i = merged.FindIndex(m => m.Code == material.Code || m.Name.Trim() == material.Name.Trim());
            if (i < 0) merged.Add(material);
            else merged[i] = merged[i] with
            {
                Required = merged[i].Required || material.Required,
                Deferrable = merged[i].Deferrable && material.Deferrable,
            };
        }
        return merged;
    }
}
