using System.Diagnostics;
using Linkage.Catalog.Features.Import;
using Linkage.ServiceDefaults.Hosting;

namespace Linkage.Host.Commands;

/// <summary><c>catalog-import FILE</c> (.csv or .json, docs/catalog-import.md): validates the whole file, prints every
/// problem (file:row: field: reason) and changes nothing, or writes it in one transaction, printing progress.</summary>
public static class CatalogImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? path, TextWriter output, TextWriter errors)
    {
        if (path is null || !File.Exists(path))
        {
            await errors.WriteLineAsync("usage: catalog-import FILE (.csv or .json)");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<CatalogImporter>() is not { } importer)
        {
            await errors.WriteLineAsync("The catalog module is not among Linkage:Modules.");
            return 2;
        }
        using var headroom = scope.ServiceProvider.GetRequiredService<GcHeadroom>().Raise(); // decision 0841
        var clock = Stopwatch.StartNew();
        await output.WriteLineAsync($"reading and validating {Path.GetFileName(path)}");
        ImportPlan? plan;
        IReadOnlyList<ImportProblem> problems;
        await using (var file = File.OpenRead(path))
            (plan, problems) = await importer.ValidateAsync(
                CatalogImporter.Read(Path.GetFileName(path), file, path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)), ImportScope.Host, default);
        if (plan is null)
        {
            foreach (var p in problems) await errors.WriteLineAsync($"{p.File}:{p.Row}: {p.Field}: {p.Reason}");
            await errors.WriteLineAsync($"{problems.Count} problem(s); nothing was imported.");
            return 1;
        }
        await output.WriteLineAsync($"validated {plan.Total} rows in {clock.Elapsed.TotalSeconds:F1} s; writing");
        await importer.WriteAsync(plan, (table, rows) => output.WriteLine($"  {table}: {rows}"), default);
        await output.WriteLineAsync($"imported {plan.Regions.Count} regions, {plan.OrgUnits.Count} org units, {plan.Departments.Count} departments, " +
            $"{plan.Matters.Count} matters, {plan.Implementations.Count} implementation entries in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
