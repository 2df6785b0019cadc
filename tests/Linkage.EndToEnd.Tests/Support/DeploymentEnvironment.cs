using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>The environment variables ./platform gives each process, built the same way here.</summary>
public static class DeploymentEnvironment
{
    public static Dictionary<string, string> Common(string connectionString, Uri amqp, IReadOnlyDictionary<string, (int Http, int Grpc)> ports)
    {
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Linkage"] = connectionString,
            ["Linkage__RabbitMq__Uri"] = amqp.ToString(),
            ["Linkage__Auth__SigningKey"] = TestHostSettings.NewKey(),
            ["Linkage__PersonalIdKey"] = TestHostSettings.NewKey(),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var module in TestHostSettings.ModuleNames)
            env[$"Linkage__Grpc__{module}"] = $"http://127.0.0.1:{ports[module.ToLowerInvariant()].Grpc}";
        return env;
    }

    public static Dictionary<string, string> ForHost(IReadOnlyDictionary<string, string> common, string modules, int http, int grpc) =>
        new(common)
        {
            ["Linkage__Modules"] = modules,
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{http}",
            ["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{grpc}",
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
        };

    public static Dictionary<string, string> ForGateway(
        IReadOnlyDictionary<string, string> common, IReadOnlyDictionary<string, (int Http, int Grpc)> ports, (int Http, int Grpc) gateway)
    {
        var env = ForHost(common, "", gateway.Http, gateway.Grpc);
        env.Remove("Linkage__Modules");
        foreach (var (module, (http, grpc)) in ports)
        {
            env[$"Linkage__Gateway__Modules__{module}__Http"] = $"http://127.0.0.1:{http}";
            env[$"Linkage__Gateway__Modules__{module}__Grpc"] = $"http://127.0.0.1:{grpc}";
        }
        return env;
    }
}
