using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Materials;

/// <summary>Material bytes as <c>bytea</c> rows in the module's schema, in the same transaction as the case.</summary>
public sealed class PostgresMaterialStore(IntakeDbContext db) : IMaterialStore
{
    public void Stage(Guid fileId, byte[] content) => db.MaterialBlobs.Add(new MaterialBlob(fileId, content));

    public async Task<byte[]?> ReadAsync(Guid fileId, CancellationToken ct) =>
        await db.MaterialBlobs.AsNoTracking().Where(b => b.FileId == fileId).Select(b => b.Content).FirstOrDefaultAsync(ct);
}
