using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Linkage.Messaging;

/// <summary>A statement's text for <see cref="StatementsWithSave"/> with its parameters' names, built once per format
/// and place in the save: the names are <c>with_save_{place}_{argument}</c>, so they depend on neither EF's own
/// parameters nor the save, and the text of a format seen before is read, not formatted again. Kept per format
/// instance (a call site's literal or a cached string), and dropped with it.</summary>
internal sealed class StatementShape
{
    private static readonly ConditionalWeakTable<string, StatementShape[]> Known = new();

    public required string Text { get; init; }

    public required string[] ParameterNames { get; init; }

    public static StatementShape Of(string format, int place)
    {
        if (Known.TryGetValue(format, out var shapes) && place < shapes.Length) return shapes[place];
        var built = new StatementShape[place + 1];
        for (var p = 0; p < built.Length; p++) built[p] = shapes is not null && p < shapes.Length ? shapes[p] : Build(format, p);
        Known.AddOrUpdate(format, built);
        return built[place];
    }

    private static StatementShape Build(string format, int place)
    {
        var count = CompositeFormat.Parse(format).MinimumArgumentCount;
        var names = new string[count];
        var markers = new object[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = $"with_save_{place}_{i}";
            markers[i] = "@" + names[i];
        }
        return new StatementShape { Text = string.Format(CultureInfo.InvariantCulture, format, markers), ParameterNames = names };
    }
}
