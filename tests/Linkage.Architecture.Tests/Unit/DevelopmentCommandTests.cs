using System.Security.Cryptography;
using System.Xml.Linq;
using Linkage.Host;
using Linkage.Host.Commands;

namespace Linkage.Architecture.Tests;

/// <summary>Issue 20, hole 7: demo users, their tokens and the demo data are a development convenience only.</summary>
public sealed class DevelopmentCommandTests
{
    [Theory]
    [InlineData("Production", "token", "resident")]
    [InlineData("Production", "demo-users", null)]
    [InlineData("Production", "seed", null)]
    [InlineData("Staging", "token", "resident")]
    [InlineData("Staging", "seed", null)]
    public async Task Outside_development_the_demo_commands_are_refused(string environment, string command, string? argument)
    {
        var (app, modules) = LinkageApp.Build(["--environment", environment], PublicRouteDriftTests.Settings());
        await using var host = app;
        string[] args = argument is null ? [command] : [command, argument];

        Assert.Equal(2, await HostCommands.RunAsync(app, modules, args));
    }

    [Fact]
    public void Demo_users_are_never_published()
    {
        var project = XDocument.Load(Path.Combine(Repository(), "services/Linkage.Host/Linkage.Host.csproj"));
        var item = Assert.Single(project.Descendants("Content"), c => (string?)c.Attribute("Update") == "demo-users.json");
        Assert.Equal("Never", (string?)item.Attribute("CopyToPublishDirectory"));
        Assert.DoesNotContain("demo-users", File.ReadAllText(Path.Combine(Repository(), "Dockerfile")));
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platform.sln not found above the test's directory.");
    }
}
