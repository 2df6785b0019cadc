using System.Globalization;

namespace Linkage.Kernel.Tests;

internal static class Dates
{
    /// <summary>An ISO date (yyyy-MM-dd), so test data reads like the State Council notices.</summary>
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
