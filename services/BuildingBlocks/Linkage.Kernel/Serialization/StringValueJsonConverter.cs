using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linkage.Kernel;

/// <summary>Reads and writes a Kernel value as a JSON string, validating on the way in.</summary>
public abstract class StringValueJsonConverter<T> : JsonConverter<T>
{
    protected delegate bool Parser(string? s, out T value, out string? error);

    protected abstract Parser TryParse { get; }

    protected abstract string Format(T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"A {typeof(T).Name} is written as a JSON string.");
        return TryParse(reader.GetString(), out var value, out var error) ? value : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));
}
