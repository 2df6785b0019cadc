namespace Linkage.Gateway.Console;

/// <summary><c>Linkage:Gateway:Console</c>: the built console (<c>gateway/console/dist</c>); without it, <c>/console/</c> is 404.</summary>
public sealed record ConsoleSettings(string? Root)
{
    public const string PathBase = "/console";

    public static ConsoleSettings From(IConfiguration configuration)
    {
        var root = configuration["Linkage:Gateway:Console:Root"];
        return new ConsoleSettings(string.IsNullOrWhiteSpace(root) ? null : Path.GetFullPath(root));
    }

    public bool IsBuilt => Root is not null && File.Exists(Path.Combine(Root, "index.html"));
}
