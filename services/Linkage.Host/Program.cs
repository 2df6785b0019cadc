using Linkage.Host;
using Linkage.Host.Commands;
using Linkage.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
var modules = ModuleRegistry.Select(builder.Configuration);
builder.AddServiceDefaults(modules);

var app = builder.Build();
app.UseServiceDefaults(modules);

return await HostCommands.RunAsync(app, modules, args);
