namespace Linkage.Intake.Domain;

/// <summary>One uploaded file for a case's material: what it is by content, its size and SHA-256; the bytes live in an <c>IMaterialStore</c>.</summary>
public sealed record MaterialFile(
    Guid Id, Guid CaseId, string MaterialCode, string FileName, string ContentType, long Size, string Sha256,
    string UploadedBy, DateTimeOffset UploadedAt);
