using Linkage.Host;
using Linkage.Host.Commands;

var (app, modules) = LinkageApp.Build(args);
return await HostCommands.RunAsync(app, modules, args);
