using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;
using Xunit.Abstractions;

namespace Linkage.Security.Tests.Api;

/// <summary>Issue 16: the documents are good enough for generators — a TypeScript client (openapi-typescript, as the
/// console uses) and a C# client (NSwag) are generated from every module's document and both compile.</summary>
[Collection(SecurityCollection.Name)]
public sealed class GeneratedClientTests(SecurityHostFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_csharp_client_generated_from_every_document_compiles()
    {
        var sources = new List<SyntaxTree>();
        foreach (var (name, document) in Documents())
        {
            var parsed = await NSwag.OpenApiDocument.FromJsonAsync(document.GetRawText());
            var settings = new CSharpClientGeneratorSettings { ClassName = "{controller}Client", GenerateClientInterfaces = true };
            settings.CSharpGeneratorSettings.Namespace = "Linkage.Clients." + Pascal(name);
            settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
            sources.Add(CSharpSyntaxTree.ParseText(new CSharpClientGenerator(parsed, settings).GenerateFile(), path: $"{name}.cs"));
        }
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Linkage.Clients", sources, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        output.WriteLine($"{sources.Count} documents, {sources.Sum(s => s.Length)} characters of C#");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.Contains(compilation.GetSymbolsWithName(n => n == "ListCasesAsync", SymbolFilter.Member), s => s.ContainingNamespace.ToDisplayString() == "Linkage.Clients.Intake");
    }

    [Fact]
    public async Task A_typescript_client_generated_from_every_document_compiles_strictly()
    {
        var console = Path.Combine(RepoRoot(), "gateway", "console");
        Assert.True(Directory.Exists(Path.Combine(console, "node_modules", "openapi-typescript")),
            "gateway/console/node_modules is missing: ./platform test installs it (npm ci) before the tests");
        var folder = Directory.CreateTempSubdirectory("linkage-ts-client-").FullName;
        var files = new List<string>();
        foreach (var (name, document) in Documents())
        {
            var file = Path.Combine(folder, $"{name}.json");
            await File.WriteAllTextAsync(file, document.GetRawText());
            files.Add(file);
        }
        const string generate = """
            import openapiTS, { astToString } from 'openapi-typescript'
            import { writeFile } from 'node:fs/promises'
            import { pathToFileURL } from 'node:url'
            for (const file of process.argv.slice(1)) {
              await writeFile(file.replace(/\.json$/, '.d.ts'), astToString(await openapiTS(pathToFileURL(file))))
            }
            """;
        await RunAsync(console, "node", ["--input-type=module", "-e", generate, .. files]);
        var declarations = files.Select(f => Path.ChangeExtension(f, ".d.ts")).ToList();
        Assert.All(declarations, d => Assert.True(File.Exists(d), d));
        Assert.Matches(@"nextCursor\??: (null \| )?string", await File.ReadAllTextAsync(declarations.Single(d => d.EndsWith("intake.d.ts", StringComparison.Ordinal))));
        await RunAsync(console, "node", [Path.Combine(console, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--target", "es2022", .. declarations]);
        Directory.Delete(folder, recursive: true);
    }

    private IEnumerable<(string Name, System.Text.Json.JsonElement Document)> Documents() =>
        fixture.Documents.ByName.Where(d => d.Value.TryGetProperty("paths", out var p) && p.EnumerateObject().Any()).Select(d => (d.Key, d.Value));

    private async Task RunAsync(string directory, string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        output.WriteLine(await stdout + await stderr);
        Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {await stdout}{await stderr}");
    }

    private static string Pascal(string name) => string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test's folder");
    }
}
