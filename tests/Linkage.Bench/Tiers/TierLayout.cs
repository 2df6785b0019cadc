using System.Net.Http.Headers;
using Npgsql;

namespace Linkage.Bench.Tiers;

/// <summary>Where <c>./platform up --tiers</c> puts each deployment (scripts/tiers.sh): tier i of city, county, town
/// has its RabbitMQ at <c>--tiers-port</c> + 20i, management +2, host +3, gateway +5, and database linkage_{tier}.</summary>
public sealed record TierLayout(int BasePort, string Postgres, string State)
{
    public static readonly string[] Tiers = ["city", "county", "town"];

    public Uri Gateway(string tier) => new($"http://127.0.0.1:{Port(tier, 5)}");

    public int Amqp(string tier) => Port(tier, 0);

    public Uri Management(string tier) => new($"http://127.0.0.1:{Port(tier, 2)}/");

    /// <summary>A client of <paramref name="tier"/>'s management API, as the bench's guest.</summary>
    public HttpClient ManagementClient(string tier, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = Management(tier), Timeout = timeout };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        return http;
    }

    public string Database(string tier) => new NpgsqlConnectionStringBuilder(Postgres) { Database = $"linkage_{tier}" }.ConnectionString;

    /// <summary>The password of the link users (<c>link-{tier}</c>), as tiers.sh made it from <c>$STATE/tier-link.key</c>.</summary>
    public string LinkPassword() =>
        new(File.ReadAllText(Path.Combine(State, "tier-link.key")).Trim().Where(c => c is not ('/' or '+' or '=')).ToArray());

    private int Port(string tier, int offset) => BasePort + 20 * Array.IndexOf(Tiers, tier) + offset;
}
