using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Linkage.Messaging;

/// <summary>The row's hash as the insert trigger computes it (<see cref="AuditSql"/>), recomputed in C# by the
/// verifier: SHA-256(prev_hash ‖ UTF-8 of every field as "octet length:value;"). Times count in microseconds since
/// the Unix epoch, PostgreSQL's own resolution.</summary>
public static class AuditCanonical
{
    public static byte[] Hash(ReadOnlySpan<byte> previous, AuditRow row)
    {
        var text = new StringBuilder(256);
        Field(text, row.Id.ToString("D"));
        Field(text, row.Chain);
        Field(text, row.Seq.ToString(CultureInfo.InvariantCulture));
        Field(text, ((row.At.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture));
        Field(text, row.ActorSubject);
        Field(text, row.ActorRole);
        Field(text, row.ActorOrgUnit);
        Field(text, row.ActorDivision);
        Field(text, row.Action);
        Field(text, row.TargetType);
        Field(text, row.TargetId);
        Field(text, row.Detail);
        var canonical = Encoding.UTF8.GetBytes(text.ToString());
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(previous);
        sha.AppendData(canonical);
        return sha.GetHashAndReset();
    }

    private static void Field(StringBuilder text, string value) =>
        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
}

/// <summary>A stored row as the verifier reads it, with its stored links.</summary>
public sealed record AuditRow(
    Guid Id, string Chain, long Seq, DateTimeOffset At, string ActorSubject, string ActorRole, string ActorOrgUnit,
    string ActorDivision, string Action, string TargetType, string TargetId, string Detail, byte[] PrevHash, byte[] Hash);
