namespace Linkage.ServiceDefaults.Modules;

/// <summary>A module that contributes to the demo data set written by <c>Linkage.Host seed</c>.</summary>
public interface ISeedsDemoData
{
    Task SeedAsync(IServiceProvider services, CancellationToken ct);
}
