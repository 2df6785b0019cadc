using System.Text.Json;
using System.Text.RegularExpressions;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>The console's page carries what its sign-in page offers (decision 0559), so a cold staff link needs no
/// further call to show it: the provider's options and, in Development only, the staff demo users, in a data block
/// that no configured value can break out of.</summary>
public sealed partial class ConsoleSignInChoicesTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("linkage-console-").FullName;

    public Task InitializeAsync() => File.WriteAllTextAsync(Path.Combine(root, "index.html"),
        "<!doctype html><html><head><title>控制台</title></head><body><div id=app></div></body></html>");

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task In_development_the_page_lists_the_staff_demo_users_and_the_providers_options()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Linkage:Gateway:Console:Root"] = root });

        var choices = Choices(await PageAsync(gateway, "/console/clerk/start"));

        var names = choices.GetProperty("demoUsers").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("clerk", names);
        Assert.DoesNotContain("resident", names);
        Assert.DoesNotContain("idNumber", choices.GetRawText());
        Assert.Equal("linkage-console", choices.GetProperty("options").GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task Outside_development_the_page_names_the_provider_and_no_demo_users()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Linkage:Gateway:Console:Root"] = root, ["Linkage:Auth:SigningKey"] = "", ["Linkage:Auth:Authority"] = "http://127.0.0.1:9",
        }, environment: "Production");

        var choices = Choices(await PageAsync(gateway, "/console/reviewer/tasks"));

        Assert.Equal(JsonValueKind.Null, choices.GetProperty("demoUsers").ValueKind);
        Assert.Equal("http://127.0.0.1:9", choices.GetProperty("options").GetProperty("authority").GetString());
    }

    [Fact]
    public async Task No_configured_value_can_close_the_data_block()
    {
        const string hostile = "</script><script>alert(1)</script>";
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Linkage:Gateway:Console:Root"] = root, ["Linkage:Gateway:Console:ClientId"] = hostile,
        });

        var page = await PageAsync(gateway, "/console/");

        Assert.Single(Regex.Matches(page, "</script>"));
        Assert.Equal(hostile, Choices(page).GetProperty("options").GetProperty("clientId").GetString());
    }

    private static async Task<string> PageAsync(GatewayHost gateway, string path)
    {
        var response = await gateway.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static JsonElement Choices(string page)
    {
        var block = Block().Match(page);
        Assert.True(block.Success, "no sign-in choices in the page");
        Assert.True(page.IndexOf(block.Value, StringComparison.Ordinal) < page.IndexOf("</head>", StringComparison.Ordinal));
        return JsonDocument.Parse(block.Groups[1].Value).RootElement.Clone();
    }

    [GeneratedRegex("""<script type="application/json" id="sign-in-choices">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex Block();
}
