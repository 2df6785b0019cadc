namespace Linkage.Testing;

/// <summary>The configuration one test host runs with: its own database, vhost, ports and keys.</summary>
public static class TestHostSettings
{
    public static readonly string[] ModuleNames = ["Catalog", "Intake", "Approval", "Certificates", "VideoReview", "Ratings", "Supervision", "Fees"];

    public static Dictionary<string, string?> Create(
        string modules, string connectionString, Uri amqp, int httpPort, int grpcPort, string signingKey, string personalIdKey)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Linkage:Modules"] = modules,
            ["ConnectionStrings:Linkage"] = connectionString,
            ["Linkage:RabbitMq:Uri"] = amqp.ToString(),
            ["Linkage:Auth:SigningKey"] = signingKey,
            ["Linkage:PersonalIdKey"] = personalIdKey,
            ["Linkage:Outbox:PollingInterval"] = "00:00:01",
            ["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var module in ModuleNames) settings[$"Linkage:Grpc:{module}"] = $"http://127.0.0.1:{grpcPort}";
        return settings;
    }

    public static string NewKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
