using System.Text.Json;

namespace Linkage.Hall.Tests;

public static class TicketJson
{
    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
