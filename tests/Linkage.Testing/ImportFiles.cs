using System.Text;

namespace Linkage.Testing;

/// <summary>Generated import files: a new county (<paramref name="county"/>, e.g. 350927) under the demo city with
/// towns, villages, a centre per town, one department, and matters implemented across the units.</summary>
public static class ImportFiles
{
    public static string Csv(string county, int matters, int entries, string matterPrefix)
    {
        var csv = new StringBuilder();
        csv.AppendLine("[regions]").AppendLine("code,name,parentCode").AppendLine($"{county}000000,测试县{county},");
        var towns = Enumerable.Range(1, 10).Select(t => $"{county}{t:D3}000").ToList();
        foreach (var town in towns)
        {
            csv.AppendLine($"{town},\"测试镇,{town}\",{county}000000");
            for (var v = 1; v <= 5; v++) csv.AppendLine($"{town[..9]}{200 + v:D3},测试村{v},{town}");
        }
        var units = Units(county);
        csv.AppendLine("[org-units]").AppendLine("id,name,kind,divisionCode,creditCode,address,hours,phone")
            .AppendLine($"ou-{county}-centre,测试县行政服务中心,centre,{county}000000,,县城,周一至周五,0593-1");
        foreach (var town in towns) csv.AppendLine($"ou-{town[..9]}-centre,测试镇便民服务中心,town-centre,{town},,镇政府,周一至周五,");
        csv.AppendLine("[departments]").AppendLine("id,orgUnitId,name,creditCode").AppendLine($"dep-{county}-scjg,ou-{county}-centre,测试县市场监管局,11350926MB0000233M");
        csv.AppendLine("[matters]").AppendLine("code,name,type,keywords,effectiveFrom,legalBasis");
        for (var m = 0; m < matters; m++) csv.AppendLine($"{Matter(matterPrefix, m)},测试事项{m},public-service,测试;导入,2024-01-01,《测试条例》");
        csv.AppendLine("[implementations]")
            .AppendLine("code,version,effectiveFrom,matterCode,orgUnitId,caseKind,legalLimit,committedLimit,limitUnit,trips,proxyAllowed,materials,departments");
        for (var e = 0; e < entries; e++)
        {
            var (matter, unit) = (Matter(matterPrefix, e % matters), units[e / matters % units.Count]);
            csv.AppendLine($"{Implementation(county, matters, e, matterPrefix)},1,2024-01-01,{matter},{unit},committed,20,10,working-days,1,true," +
                $"application-form|申请书|r;id-copy|身份证|rd,dep-{county}-scjg|8|s");
        }
        return csv.ToString();
    }

    /// <summary>The code of the <paramref name="entry"/>-th implementation entry of a file made by <see cref="Csv"/>.</summary>
    public static string Implementation(string county, int matters, int entry, string matterPrefix)
    {
        var units = Units(county);
        return $"{units[entry / matters % units.Count][3..]}-{Matter(matterPrefix, entry % matters)}-{entry / (matters * units.Count) + 1:D2}";
    }

    /// <summary>A village of the generated county: <paramref name="town"/> 1–10, <paramref name="village"/> 1–5.</summary>
    public static string Village(string county, int town, int village) => $"{county}{town:D3}{200 + village:D3}";

    private static List<string> Units(string county) =>
        Enumerable.Range(1, 10).Select(t => $"ou-{county}{t:D3}-centre").Prepend($"ou-{county}-centre").ToList();

    public static string Matter(string prefix, int index) => prefix + index.ToString("D" + (12 - prefix.Length));
}
