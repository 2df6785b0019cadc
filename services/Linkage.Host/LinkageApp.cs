using Linkage.ServiceDefaults;
using Linkage.ServiceDefaults.Modules;

namespace Linkage.Host;

/// <summary>Builds the host: the same path for the executable and for in-process tests.</summary>
public static class LinkageApp
{
    public static (WebApplication App, IReadOnlyList<ILinkageModule> Modules) Build(
        string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        var modules = ModuleRegistry.Select(builder.Configuration);
        builder.AddServiceDefaults(modules);

        var app = builder.Build();
        app.UseServiceDefaults(modules);
        return (app, modules);
    }
}
