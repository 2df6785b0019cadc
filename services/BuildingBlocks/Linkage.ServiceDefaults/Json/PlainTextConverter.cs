using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linkage.ServiceDefaults.Json;

/// <summary>Strings in a request carry no control characters but tab and line breaks: a NUL cannot even be stored in
/// PostgreSQL text, and none belongs in a name, a code or a note. A bad string is a <see cref="JsonException"/>, which
/// <c>BadRequestExceptionHandler</c> answers with a 400 naming the field (issue 20's bad-input corpus, decision 0422).</summary>
public sealed class PlainTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            throw new JsonException("The text holds control characters.");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
