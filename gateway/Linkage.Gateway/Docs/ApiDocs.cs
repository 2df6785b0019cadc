using Linkage.Gateway.Modules;
using Scalar.AspNetCore;

namespace Linkage.Gateway.Docs;

/// <summary><c>/api/docs</c>: Scalar over every routed module's document. Scalar's script is embedded in the
/// package and served from <c>/api/docs/</c>; fonts, telemetry and the AI agent are off, so the page makes
/// no request to the internet (government networks are often offline).</summary>
public static class ApiDocs
{
    public static WebApplication MapApiDocs(this WebApplication app, IReadOnlyList<ModuleAddress> modules)
    {
        app.MapScalarApiReference("/api/docs", o =>
        {
            o.WithTitle("Linkage API").DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp();
            var first = true;
            foreach (var module in modules.Where(m => m.Http is not null))
            {
                o.AddDocument(module.Module.PathSegment, module.Module.Title, module.Module.RestPrefix + "/openapi.json", first);
                first = false;
            }
        }).AllowAnonymous();
        return app;
    }
}
