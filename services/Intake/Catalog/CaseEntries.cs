using Linkage.Contracts.Catalog.V1;
using Linkage.Intake.Domain;
using Linkage.ServiceDefaults.Catalog;

namespace Linkage.Intake.Catalog;

public static class CaseEntries
{
    /// <summary>The case's pinned entry, or for a bundle case its bundle version read as one entry.</summary>
    public static async Task<Implementation> EntryAsync(this CatalogLookup catalog, IntakeCase c, CancellationToken ct) => c.Bundle is null
        ? await catalog.ImplementationAsync(c.ImplementationCode, c.ImplementationVersion, ct)
        : BundleEntry.AsImplementation(await catalog.BundleAsync(c.ImplementationCode, c.ImplementationVersion, ct));
}
