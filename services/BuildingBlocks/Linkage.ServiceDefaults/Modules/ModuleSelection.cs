using Microsoft.Extensions.Configuration;

namespace Linkage.ServiceDefaults.Modules;

/// <summary>Reads <c>Linkage:Modules</c> ("all" or a comma list) and picks the modules to run.</summary>
public static class ModuleSelection
{
    public static IReadOnlyList<ILinkageModule> Select(IConfiguration configuration, IReadOnlyList<ILinkageModule> available)
    {
        var setting = configuration["Linkage:Modules"];
        if (string.IsNullOrWhiteSpace(setting) || setting.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
            return available;

        var names = setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => available.All(m => !m.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"Linkage:Modules names unknown module(s) {string.Join(", ", unknown)}; known: {string.Join(", ", available.Select(m => m.Name))}");

        return available.Where(m => names.Contains(m.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }
}
