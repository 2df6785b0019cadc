using System.Text.Json;

namespace Linkage.Gateway.Console;

/// <summary>What the sign-in page offers, written into the console's page as a JSON data block (decision 0559): a staff
/// link opened cold lands on the sign-in page, and asking for these once its scripts run cost one more round trip
/// (562 ms on a Fast 3G link). The same answers as <c>GET /api/console/sign-in</c> and, in Development only,
/// <c>GET /api/console/demo-users</c> (null: no demo sign-in). Nothing secret: both routes are anonymous.</summary>
public sealed record ConsoleSignInChoices(ConsoleSignInOptions Options, IReadOnlyList<ConsoleDemoUser>? DemoUsers)
{
    public const string ElementId = "sign-in-choices";

    public static ConsoleSignInChoices From(WebApplication app) =>
        new(ConsoleSignInOptions.From(app.Configuration), DemoSignIn.Users(app));

    /// <summary>The page with the block before <c>&lt;/head&gt;</c> (or at its end). A data block is never run, and the
    /// serializer escapes <c>&lt;</c>, so no value can close the element.</summary>
    public string WriteInto(string page)
    {
        var block = $"""<script type="application/json" id="{ElementId}">{JsonSerializer.Serialize(this, JsonSerializerOptions.Web)}</script>""";
        var head = page.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? page + block : page.Insert(head, block);
    }
}
