using System.Globalization;
using System.Text.Json;

namespace Linkage.Kernel;

public sealed partial class WorkingDayCalendar
{
    private const string ChinaResource = "Linkage.Kernel.Calendar.china-holidays.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The national calendar from the State Council notices embedded in this assembly
    /// (Calendar/china-holidays.json).</summary>
    public static WorkingDayCalendar China { get; } = LoadChina();

    /// <summary>Reads <c>{ "2026": { "notice": "…", "holidays": ["2026-01-01", …], "makeupWorkdays": [ … ] } }</c>,
    /// the format of the embedded national file, so provinces can load their own or later years.</summary>
    public static WorkingDayCalendar FromJson(string json) => FromYears(JsonSerializer.Deserialize<Dictionary<string, YearJson>>(json, Json));

    public static WorkingDayCalendar FromJson(Stream json) => FromYears(JsonSerializer.Deserialize<Dictionary<string, YearJson>>(json, Json));

    private static WorkingDayCalendar LoadChina()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ChinaResource)
            ?? throw new InvalidOperationException($"Embedded resource {ChinaResource} is missing.");
        return FromJson(stream);
    }

    private static WorkingDayCalendar FromYears(Dictionary<string, YearJson>? years) =>
        new((years ?? throw new FormatException("The calendar data is empty.")).Select(y => y.Value.ToYear(ParseYear(y.Key))));

    private static int ParseYear(string key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1949 and <= 9999 ? year : throw new FormatException($"'{key}' is not a year.");

    private sealed record YearJson(string? Notice, DateOnly[]? Holidays, DateOnly[]? MakeupWorkdays, bool Provisional = false)
    {
        public CalendarYear ToYear(int year) => new(year, Holidays ?? [], MakeupWorkdays ?? [], Notice, Provisional);
    }
}
