using Linkage.Host.Commands;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>The host command behind <c>./platform catalog import FILE</c>, run against the test host's services.</summary>
[Collection(CatalogWriteHostCollection.Name)]
public sealed class ImportCommandTests(CatalogHost catalog)
{
    private const string Matters = """
        [matters]
        code,name,type,keywords,effectiveFrom,legalBasis,caseKind,legalLimit,committedLimit,trips,handlingLevels,onlineDepth,materials,consultationPhone
        840000000001,渔业捕捞许可,administrative-licensing,捕捞证;渔船,2024-01-01,《中华人民共和国渔业法》第二十三条,committed,20,10,1,county;town,pre-review,form|申请书|1|0|r|申请人自备;boat|渔船检验证书|1|1|rd|,0593-12345
        """;

    [Fact]
    public async Task The_command_imports_a_csv_file_with_matter_details_and_prints_progress()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var path = await WriteAsync("matters.csv", Matters);

        var exit = await CatalogImportCommand.RunAsync(catalog.Host.Services, path, output, errors);

        Assert.True(exit == 0, errors.ToString());
        Assert.Contains("matters: 1", output.ToString());
        var matter = await BodyAsync(await catalog.Anonymous().GetAsync("/api/catalog/matters/840000000001"));
        var details = matter.GetProperty("current").GetProperty("details");
        Assert.Equal(10, details.GetProperty("committedLimit").GetProperty("amount").GetInt32());
        Assert.Equal("pre-review", details.GetProperty("onlineDepth").GetString());
        Assert.Equal(2, details.GetProperty("handlingLevels").GetArrayLength());
        Assert.True(details.GetProperty("materials")[1].GetProperty("deferrable").GetBoolean());
    }

    [Fact]
    public async Task A_bad_file_prints_file_row_field_and_reason_exits_1_and_changes_nothing()
    {
        var bad = Matters.Replace("840000000001", "840000000002").Replace("committed,20,10", "committed,20,30")
            + "\n[regions]\ncode,name\n35099\n";
        var (output, errors) = (new StringWriter(), new StringWriter());
        var path = await WriteAsync("bad.csv", bad);
        var before = await catalog.CountRowsAsync();

        var exit = await CatalogImportCommand.RunAsync(catalog.Host.Services, path, output, errors);

        Assert.Equal(1, exit);
        Assert.Contains("bad.csv:3: matters.committedLimit:", errors.ToString());
        Assert.Contains("bad.csv:6: regions.code:", errors.ToString());
        Assert.Equal(before, await catalog.CountRowsAsync());
    }

    private static async Task<string> WriteAsync(string name, string content)
    {
        var folder = Directory.CreateTempSubdirectory("catalog-import-");
        var path = Path.Combine(folder.FullName, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}
