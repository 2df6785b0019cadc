using System.Collections.Concurrent;
using Linkage.Intake.Persistence;
using Microsoft.Extensions.Configuration;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>The case number sequence's values, drawn <c>Intake:CaseNumbers:BlockSize</c> at a time (default 32) by
/// this host and handed out oldest first (decision 0727): a submit draws in one round trip of its own only once a
/// block. Every value comes from the deployment's one sequence, so numbers stay unique across hosts and restarts;
/// a block left unused when the host stops is a gap, and two hosts hand out their blocks side by side, so numbers
/// follow receipt order only within a host.</summary>
public sealed class CaseNumberBlocks
{
    private readonly int blockSize;
    private readonly ConcurrentQueue<long> drawn = new();
    private readonly SemaphoreSlim drawing = new(1, 1);

    public CaseNumberBlocks(IConfiguration configuration)
    {
        blockSize = configuration.GetValue("Intake:CaseNumbers:BlockSize", 32);
        if (blockSize is < 1 or > 1000) throw new InvalidOperationException("Intake:CaseNumbers:BlockSize must be 1 to 1000.");
    }

    /// <summary>The next sequence value of this host's block, drawing a new block when it is used up.</summary>
    public async Task<long> NextAsync(IntakeDbContext db, CancellationToken ct)
    {
        while (true)
        {
            if (drawn.TryDequeue(out var value)) return value;
            await drawing.WaitAsync(ct); // one draw at a time: the submits that found the block empty share it
            try
            {
                // drawn whatever becomes of the request that draws it: a block is never thrown away half-read
                if (drawn.IsEmpty)
                    foreach (var next in await db.DrawCaseSequenceAsync(blockSize, CancellationToken.None)) drawn.Enqueue(next);
            }
            finally
            {
                drawing.Release();
            }
        }
    }
}
