using Linkage.Gateway;

var app = GatewayApp.Build(args);
app.Run();
