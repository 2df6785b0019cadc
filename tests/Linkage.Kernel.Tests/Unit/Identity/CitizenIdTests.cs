using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Identity;

public sealed class CitizenIdTests
{
    private static readonly DateOnly Today = D("2026-11-22");

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31")]
    [InlineData("350926198503120020", "1985-03-12")]
    [InlineData("350981197806204416", "1978-06-20")]
    [InlineData("110105200002290021", "2000-02-29")]
    [InlineData("110105202611220028", "2026-11-22")]
    public void Valid_numbers_parse_with_their_birth_date(string s, string birth)
    {
        Assert.True(CitizenId.TryParse(s, out var id, out var error, Today), error);
        Assert.Equal(s, id.Value);
        Assert.Equal(D(birth), id.BirthDate);
        Assert.Equal(s[..6], id.AddressCode);
    }

    [Fact]
    public void A_lower_case_x_is_normalised_to_upper_case()
    {
        var id = CitizenId.Parse(" 11010519491231002x ", Today);
        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal(CitizenId.Parse("11010519491231002X", Today), id);
    }

    [Fact]
    public void ToString_is_masked_so_logging_never_leaks_the_number()
    {
        var id = CitizenId.Parse("11010519491231002X", Today);
        Assert.Equal("110105********002X", id.Masked);
        Assert.Equal(id.Masked, id.ToString());
        Assert.DoesNotContain("19491231", $"{id}");
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("11010519491231002X1", "18 characters")]
    [InlineData("1101051949123100AX", "must be digits")]
    [InlineData("X10105194912310020", "must be digits")]
    [InlineData("110105194912310021", "check character")]
    [InlineData("11010519491231002Y", "digit or X")]
    [InlineData("110105194902300020", "real birth date")]
    [InlineData("110105190002290025", "real birth date")]
    [InlineData("110105202611230023", "future")]
    [InlineData("110105203001010028", "future")]
    [InlineData("110105189912310023", "before 1900")]
    public void Invalid_numbers_are_rejected_with_a_reason(string? s, string reason)
    {
        Assert.False(CitizenId.TryParse(s, out var id, out var error, Today));
        Assert.Contains(reason, error);
        Assert.Equal(default, id);
    }

    [Fact]
    public void Error_messages_never_repeat_the_number()
    {
        const string wrongCheck = "110105194912310021";
        Assert.False(CitizenId.TryParse(wrongCheck, out _, out var error, Today));
        Assert.DoesNotContain(wrongCheck, error);
        Assert.DoesNotContain(wrongCheck, Assert.Throws<FormatException>(() => CitizenId.Parse(wrongCheck, Today)).Message);
    }

    [Fact]
    public void Without_an_explicit_today_the_current_date_in_China_is_used()
    {
        Assert.True(CitizenId.TryParse("11010519491231002X", out _, out var error), error);
        Assert.False(CitizenId.TryParse("110105203001010028", out _, out error));
        Assert.Contains("future", error);
    }
}
