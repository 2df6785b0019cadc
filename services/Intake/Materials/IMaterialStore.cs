namespace Linkage.Intake.Materials;

/// <summary>Where material bytes are kept. <see cref="Stage"/> writes within the caller's unit of work, so a file
/// and the case change it belongs to commit together or not at all.</summary>
public interface IMaterialStore
{
    void Stage(Guid fileId, byte[] content);

    Task<byte[]?> ReadAsync(Guid fileId, CancellationToken ct);
}
