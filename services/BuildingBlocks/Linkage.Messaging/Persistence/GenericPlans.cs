using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>The message paths (an inbox round or delivery, the outbox dispatcher) plan each statement once per connection:
/// their sessions run with PostgreSQL's <c>plan_cache_mode = force_generic_plan</c>, set by the connection string's
/// <c>Options</c>, so their connections are a pool of their own beside the requests' (decision 0826). Their reads and
/// marks by <c>= ANY($1)</c> were planned afresh at every call: the generic plan, costed for an array of ten, never beat
/// a custom plan for the few ids a round holds. A request's statements (the listings' <c>LIKE</c> prefixes and status
/// filters) keep PostgreSQL's own choice.</summary>
internal static class GenericPlans
{
    public const string Setting = "-c plan_cache_mode=force_generic_plan";

    private static readonly ConcurrentDictionary<string, string> ByConnectionString = new(StringComparer.Ordinal);

    /// <summary><paramref name="connectionString"/> with the setting; unchanged when it sets the mode already.</summary>
    public static string Of(string connectionString) => ByConnectionString.GetOrAdd(connectionString, With);

    /// <summary>Runs <paramref name="work"/> with <paramref name="db"/> connecting through the message paths' pool, its
    /// own connection string restored after. A connection the caller holds open is used as it is.</summary>
    internal static async Task<T> RunAsync<T>(ModuleDbContext db, Func<Task<T>> work)
    {
        var own = db.Database.GetConnectionString();
        if (own is null || db.Database.GetDbConnection().State != ConnectionState.Closed) return await work();
        db.Database.SetConnectionString(Of(own));
        try
        {
            return await work();
        }
        finally
        {
            db.Database.SetConnectionString(own);
        }
    }

    private static string With(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("plan_cache_mode", StringComparison.Ordinal) == true) return connectionString;
        builder.Options = string.IsNullOrEmpty(builder.Options) ? Setting : $"{builder.Options} {Setting}";
        return builder.ConnectionString;
    }
}
