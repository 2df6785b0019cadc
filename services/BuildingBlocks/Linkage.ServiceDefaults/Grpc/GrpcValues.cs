using System.Globalization;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.ServiceDefaults.Grpc;

/// <summary>proto3 values to and from the REST handlers' types: an empty string is an absent value, dates are
/// <c>yyyy-MM-dd</c> China dates, instants are <see cref="Timestamp"/>s, enums their kebab-case REST names.</summary>
public static class GrpcValues
{
    public static CallerContext Caller(this ServerCallContext context) => context.GetHttpContext().Caller();

    public static string? Header(this ServerCallContext context, string name) => context.RequestHeaders.GetValue(name);

    public static string? OrNull(this string value) => value.Length == 0 ? null : value;

    /// <summary>An id field: absent or not a UUID is INVALID_ARGUMENT naming <paramref name="field"/>.</summary>
    public static Guid Id(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw GrpcAnswers.Invalid(field, "A UUID is required.");

    public static DateOnly? Date(string value, string field) =>
        value.Length == 0 ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw GrpcAnswers.Invalid(field, "A date as yyyy-MM-dd is expected.");

    public static string Text(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(this DateOnly? date) => date?.Text() ?? "";

    public static Timestamp? Instant(this DateTimeOffset? at) => at is { } value ? Timestamp.FromDateTimeOffset(value) : null;

    public static Timestamp Instant(this DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);

    public static string Kebab<T>(this T value) where T : struct, System.Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Kebab<T>(this T? value) where T : struct, System.Enum => value?.Kebab() ?? "";
}
