using System.Text.Json;
using Linkage.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Ratings.Tests;

/// <summary>Federation events handed to ratings' handlers as the dispatcher would after their signatures were checked
/// (tests/Linkage.Federation.Tests carries them over real links), and the federation events ratings wrote to its outbox.</summary>
public static class Federated
{
    public const string Town = "town-350926100", County = "county-350926";

    public static FederationEvent Envelope(string signer, Guid subject, long sequence, string target) => new()
    {
        Id = Guid.NewGuid().ToString(), Source = $"/linkage/{signer}", Type = "", Subject = subject.ToString(), TargetDivision = target,
        Sequence = sequence, Signer = signer,
    };

    public static async Task HandleAsync<TPayload, THandler>(this LinkageTestHost host, FederationEvent envelope, string type, TPayload payload)
        where THandler : IFederationHandler<TPayload>
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<THandler>().HandleAsync(
            envelope with { Type = type, Data = JsonSerializer.SerializeToElement(payload, MessageJson.Options) }, payload, CancellationToken.None);
    }

    /// <summary>The federation events of <paramref name="subject"/> in the outbox, in the order written: type, target, data.</summary>
    public static async Task<List<(string Type, string Target, JsonElement Data)>> OutboxAsync(this LinkageTestHost host, Guid subject)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT message_type, target_division, payload::text FROM ratings.outbox_messages
            WHERE kind = 'federation' AND subject = @subject ORDER BY sequence
            """, connection);
        command.Parameters.AddWithValue("subject", subject.ToString());
        var rows = new List<(string, string, JsonElement)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetString(1), JsonDocument.Parse(reader.GetString(2)).RootElement.Clone()));
        return rows;
    }
}
