using System.Text.Json;

namespace Linkage.Office.Tests;

public static class OfficeJson
{
    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
