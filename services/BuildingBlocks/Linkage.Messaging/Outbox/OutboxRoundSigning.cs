using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

/// <summary>A round's federation rows as CloudEvents (id = row id) under one SM2 signature, before any of them is
/// published: the key signs the SM3 Merkle root of the events' contents and each event carries its path to it (decision
/// 0721; before it, one signature per row, side by side: 0593). Order is untouched: signing publishes nothing, and a
/// lane's live rows are published one after another, each once the one before it is confirmed (0692). A parked row
/// (0311, 0673) no longer holds its aggregate back and may share a round with a later row of it; the receiver applies
/// them in the order of their sequence (0332).</summary>
internal sealed class OutboxRoundSigning(IServiceProvider services)
{
    /// <summary>One entry per row: the signed event of a federation row, or why it could not be built (that row
    /// fails alone and is retried); nothing for an integration row.</summary>
    public SignedRow[] Sign(IReadOnlyList<OutboxRow> rows)
    {
        var signed = new SignedRow[rows.Count];
        var federated = Enumerable.Range(0, rows.Count).Where(i => rows[i].Kind == OutboxKind.Federation).ToArray();
        if (federated.Length == 0) return signed;
        if (services.GetService<FederationSigner>() is not { } signer || services.GetService<FederationOptions>() is not { } federation)
        {
            foreach (var i in federated) signed[i] = new SignedRow(null, "No federation bus: call services.AddFederationBus(configuration).");
            return signed;
        }
        var built = new List<(int Row, FederationEvent Event)>();
        foreach (var i in federated)
        {
            try
            {
                built.Add((i, Unsigned(rows[i], federation)));
            }
            catch (Exception ex)
            {
                signed[i] = Failed(ex);
            }
        }
        foreach (var tree in built.Chunk(SignaturePath.MaxCount))
        {
            try
            {
                var events = signer.Sign(tree.Select(b => b.Event).ToList());
                for (var k = 0; k < tree.Length; k++) signed[tree[k].Row] = new SignedRow(events[k], null);
            }
            catch (Exception ex)
            {
                foreach (var (i, _) in tree) signed[i] = Failed(ex);
            }
        }
        return signed;
    }

    private static SignedRow Failed(Exception ex) => new(null, $"{ex.GetType().Name}: {ex.Message}");

    private static FederationEvent Unsigned(OutboxRow row, FederationOptions federation)
    {
        using var data = JsonDocument.Parse(row.Payload);
        return new FederationEvent
        {
            Id = row.Id.ToString(),
            Source = federation.Source,
            Type = row.MessageType,
            Subject = row.Subject,
            Time = row.CreatedAt,
            Data = data.RootElement.Clone(),
            TargetDivision = row.TargetDivision,
            Sequence = SequenceOf(data.RootElement),
        };
    }

    /// <summary>A federation payload carries its subject's sequence as <c>sequence</c>; the envelope repeats it,
    /// signed (docs/decisions/0332).</summary>
    private static long? SequenceOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("sequence", out var n) && n.TryGetInt64(out var sequence)
            ? sequence : null;
}

internal readonly record struct SignedRow(FederationEvent? Event, string? Error);
