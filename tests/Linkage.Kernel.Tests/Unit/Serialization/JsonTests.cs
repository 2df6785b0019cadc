using System.Text.Json;
using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Serialization;

public sealed class JsonTests
{
    private sealed record Envelope(DivisionCode Division, DivisionCode? Parent, CreditCode Org, CaseNumber Case, LicenceIdentifier Licence);

    private const string Licence = "1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F";

    [Fact]
    public void Values_travel_as_plain_strings()
    {
        var division = DivisionCode.Parse("330102001001");
        var envelope = new Envelope(division, division.Parent, CreditCode.Parse("91350100M000100Y43"),
            CaseNumber.Create(division, D("2026-11-22"), 123), LicenceIdentifier.Parse(Licence));

        var json = JsonSerializer.Serialize(envelope);

        Assert.Equal($$"""{"Division":"330102001001","Parent":"330102001000","Org":"91350100M000100Y43","Case":"330102001001-20261122-000123","Licence":"{{Licence}}"}""", json);
        Assert.Equal(envelope, JsonSerializer.Deserialize<Envelope>(json));
    }

    [Theory]
    [InlineData("\"330000001000\"")]
    [InlineData("330102000000")]
    [InlineData("\"\"")]
    public void Invalid_values_are_json_errors(string division)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DivisionCode>(division));
    }

    [Fact]
    public void Citizen_ids_are_read_in_full_but_written_masked()
    {
        var id = JsonSerializer.Deserialize<CitizenId>("\"11010519491231002x\"");
        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal("\"110105********002X\"", JsonSerializer.Serialize(id));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CitizenId>("\"110105194912310021\""));
    }

    [Fact]
    public void The_values_are_parsable_generically()
    {
        Assert.Equal(DivisionCode.Parse("330102000000"), ParseAs<DivisionCode>("330102000000"));
        Assert.Equal(CreditCode.Parse("91350100M000100Y43"), ParseAs<CreditCode>("91350100M000100Y43"));
        Assert.Equal("330102001001-20261122-000123", ParseAs<CaseNumber>("330102001001-20261122-000123").Value);
        Assert.Equal('F', ParseAs<LicenceIdentifier>(Licence).Check);
        Assert.False(DivisionCode.TryParse("330000001000", null, out _));
    }

    private static T ParseAs<T>(string s) where T : IParsable<T> =>
        T.TryParse(s, null, out var value) ? value : throw new FormatException(s);
}
