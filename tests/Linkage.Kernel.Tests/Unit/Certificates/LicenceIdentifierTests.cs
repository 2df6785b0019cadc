namespace Linkage.Kernel.Tests.Certificates;

public sealed class LicenceIdentifierTests
{
    private const string Example = "1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F";
    private const string TypeCode = "11100000000013338W032";
    private const string Issuer = "11220000013544541J";

    [Fact]
    public void The_standard_example_parses_into_its_parts()
    {
        Assert.True(LicenceIdentifier.TryParse(Example, out var id, out var error), error);
        Assert.Equal(Example, id.Value);
        Assert.Equal(Example, id.ToString());
        Assert.Equal(TypeCode, id.TypeCode);
        Assert.Equal(Issuer, id.IssuerCode);
        Assert.Equal("2430599", id.Serial);
        Assert.Equal(1, id.Version);
        Assert.Equal('F', id.Check);
    }

    [Fact]
    public void Create_produces_the_standard_example()
    {
        Assert.Equal(Example, LicenceIdentifier.Create(TypeCode, Issuer, "2430599", 1).Value);
        Assert.Equal(Example, LicenceIdentifier.Create(TypeCode, Issuer, 2430599L, 1).Value);
        Assert.Equal(LicenceIdentifier.Parse(Example), LicenceIdentifier.Create(TypeCode, Issuer, "2430599", 1));
    }

    [Fact]
    public void Lower_case_input_is_canonicalised()
    {
        Assert.Equal(Example, LicenceIdentifier.Parse(" " + Example.ToLowerInvariant() + " ").Value);
    }

    [Fact]
    public void NextVersion_increments_the_version_and_recomputes_the_check()
    {
        var next = LicenceIdentifier.Parse(Example).NextVersion();
        Assert.Equal(2, next.Version);
        Assert.Equal("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.002.D", next.Value);
        Assert.True(LicenceIdentifier.TryParse(next.Value, out _, out var error), error);
        var last = LicenceIdentifier.Create(TypeCode, Issuer, "1", 999);
        Assert.Throws<InvalidOperationException>(() => last.NextVersion());
    }

    [Fact]
    public void Every_other_check_character_is_rejected()
    {
        foreach (var c in Iso7064.Alphanumeric.Where(c => c != 'F'))
        {
            Assert.False(LicenceIdentifier.TryParse(Example[..^1] + c, out var id, out var error));
            Assert.Contains("check character", error);
            Assert.Equal(default, id);
        }
    }

    [Theory]
    [InlineData("", 1, "type code")]
    [InlineData(TypeCode, 0, "version")]
    [InlineData(TypeCode, 1000, "version")]
    [InlineData("11100000000013338W03", 1, "type code")]
    [InlineData("11100000000013338X032", 1, "type code")]
    public void Create_refuses_invalid_parts(string typeCode, int version, string reason)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => LicenceIdentifier.Create(typeCode, Issuer, "1", version));
        Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Create_refuses_a_bad_issuer_or_serial()
    {
        Assert.Throws<ArgumentException>(() => LicenceIdentifier.Create(TypeCode, "11220000013544541K", "1", 1));
        Assert.Throws<ArgumentException>(() => LicenceIdentifier.Create(TypeCode, Issuer, "", 1));
        Assert.Throws<ArgumentException>(() => LicenceIdentifier.Create(TypeCode, Issuer, "12-34", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LicenceIdentifier.Create(TypeCode, Issuer, -1L, 1));
    }
}
