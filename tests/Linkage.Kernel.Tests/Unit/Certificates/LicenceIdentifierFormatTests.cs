namespace Linkage.Kernel.Tests.Certificates;

public sealed class LicenceIdentifierFormatTests
{
    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("1.2.156.3005.3.11100000000013338W032.11220000013544541J.2430599.001.F", "starts with")]
    [InlineData("11100000000013338W032.11220000013544541J.2430599.001.F", "starts with")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001", "five parts")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.24.30599.001.F", "five parts")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.01.F", "3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.0A1.F", "3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.000.F", "version")]
    [InlineData("1.2.156.3005.2.11100000000013338W32.11220000013544541J.2430599.001.F", "type code")]
    [InlineData("1.2.156.3005.2.11100000000013338W0321.11220000013544541J.2430599.001.F", "type code")]
    [InlineData("1.2.156.3005.2.11100000000013338X032.11220000013544541J.2430599.001.F", "type code")]
    [InlineData("1.2.156.3005.2.11100000000013338W03A.11220000013544541J.2430599.001.F", "type code")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541K.2430599.001.F", "issuer code")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.1122000001354454J.2430599.001.F", "issuer code")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J..001.F", "serial")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.24305_99.001.F", "serial")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.FF", "check")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.*", "check")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.", "check")]
    public void Malformed_identifiers_are_rejected_with_a_reason(string? s, string reason)
    {
        Assert.False(LicenceIdentifier.TryParse(s, out var id, out var error));
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(default, id);
    }

    [Fact]
    public void A_serial_longer_than_fifty_characters_is_rejected()
    {
        var serial = new string('1', 51);
        Assert.False(LicenceIdentifier.TryParse($"1.2.156.3005.2.11100000000013338W032.11220000013544541J.{serial}.001.0", out _, out var error));
        Assert.Contains("serial", error);
        Assert.Equal(50, LicenceIdentifier.Create("11100000000013338W032", "11220000013544541J", serial[..50], 1).Serial.Length);
    }

    [Fact]
    public void Parse_throws_a_format_exception()
    {
        Assert.Throws<FormatException>(() =>
            LicenceIdentifier.Parse("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.G"));
    }
}
