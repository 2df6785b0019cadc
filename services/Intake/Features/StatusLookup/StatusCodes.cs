using System.Security.Cryptography;

namespace Linkage.Intake.Features.StatusLookup;

/// <summary>One-time codes for a case's status at a kiosk (查询码): eight random digits, kept only as a keyed hash
/// bound to the case (<see cref="StatusCodeKey"/>), valid for <see cref="Lifetime"/>, used up by one look-up, locked
/// after <see cref="MaxFailures"/> wrong guesses (decisions 0513, 0507).</summary>
public static class StatusCodes
{
    public const int MaxFailures = 5;
    public const int Digits = 8;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string New() => RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8");
}
