using Linkage.ServiceDefaults;
using Linkage.ServiceDefaults.Modules;

namespace Linkage.Host;

/// <summary>Builds the host: the same path for the executable and for in-process tests.</summary>
public static class LinkageApp
{
    public static (WebApplication App, IReadOnlyList<ILinkageModule> Modules) Build(
        string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        // the slim builder: Kestrel without its HTTPS configuration or HTTP/3 (QUIC), no IIS, console logging only;
        // the host listens on plain HTTP/1.1 and h2c behind the gateway, and neither assembly set is loaded (0781)
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddRouting(); // the slim builder's routing has no regex constraint; certificates' routes use it
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        var modules = ModuleRegistry.Select(builder.Configuration);
        builder.AddServiceDefaults(modules);

        var app = builder.Build();
        app.UseServiceDefaults(modules);
        return (app, modules);
    }
}
