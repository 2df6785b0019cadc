namespace Linkage.Intake.Persistence;

public sealed record MaterialBlob(Guid FileId, byte[] Content);
