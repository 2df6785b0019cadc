using System.Net;
using System.Text;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Chaos.Tests;

/// <summary>A dependency that does not answer gives the shared 503 with Retry-After (decision 0410), never a 500, and
/// writes nothing; readiness waits for every listener the host serves.</summary>
public sealed class DependencyDownTests
{
    private const string Application = """
        {"matterCode":"000121010000","applicant":{"kind":"person","name":"陈美华","idNumber":"350926198503120020"},
         "materials":[{"code":"application-form"},{"code":"id-copy"},{"code":"premises-plan"},{"code":"health-certificate"}]}
        """;

    [Fact]
    public async Task A_catalog_that_refuses_connections_answers_503_with_retry_after_and_writes_no_case()
    {
        var nobody = FreePort.Next();
        await using var host = await LinkageTestHost.StartAsync("intake", seed: false,
            configure: s => s["Linkage:Grpc:Catalog"] = $"http://127.0.0.1:{nobody}");
        using var clerk = host.CreateClient("clerk");

        using var response = await clerk.PostAsync("/api/intake/cases", new StringContent(Application, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(0L, await CountCasesAsync(host));
    }

    [Fact]
    public async Task A_started_host_is_ready_only_with_every_listener_accepting()
    {
        await using var host = await LinkageTestHost.StartAsync("catalog", seed: false);
        using var anonymous = host.CreateClient();

        using var ready = await anonymous.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private static async Task<long> CountCasesAsync(LinkageTestHost host)
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM intake.cases", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
