using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linkage.Documents;

public static class DocumentServices
{
    /// <summary>The renderer and settings (once, however many modules ask), and a start-up check of the font.</summary>
    public static IServiceCollection AddPrintableDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DocumentSettings.Read(key => configuration[key]);
        services.TryAddSingleton(settings);
        services.TryAddSingleton(new PdfRenderer(settings.CjkFontPath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, FontCheck>());
        return services;
    }
}
