using System.Text.Json;
using Linkage.Office.Domain;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Office.Features.Authorisation;

/// <summary>The five powers as the API writes them: accept, review, coordinate, deliver, litigate.</summary>
public static class PowerNames
{
    public static string Of(WindowPower power) => JsonNamingPolicy.KebabCaseLower.ConvertName(power.ToString());

    public static WindowPower? Parse(string? name) => KebabEnum.TryParse<WindowPower>(name, out var power) ? power : null;

    public static string Chinese(WindowPower power) => power switch
    {
        WindowPower.Accept => "受理",
        WindowPower.Review => "审核",
        WindowPower.Coordinate => "协调处置",
        WindowPower.Deliver => "送达",
        _ => "应诉代理",
    };
}
