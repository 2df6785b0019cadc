using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Cases;

public sealed class CaseNumberTests
{
    private static readonly DivisionCode Village = DivisionCode.Parse("330102001001");

    [Fact]
    public void Create_formats_division_date_and_six_digit_sequence()
    {
        var number = CaseNumber.Create(Village, D("2026-11-22"), 123);
        Assert.Equal("330102001001-20261122-000123", number.Value);
        Assert.Equal(number.Value, number.ToString());
        Assert.Equal("330102000000-20250101-999999", CaseNumber.Create(DivisionCode.Parse("330102000000"), D("2025-01-01"), 999_999).Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void Sequences_outside_1_to_999999_are_refused(long sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseNumber.Create(Village, D("2026-11-22"), sequence));
    }

    [Fact]
    public void A_default_division_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CaseNumber.Create(default, D("2026-11-22"), 1));
    }

    [Fact]
    public void Parse_reads_the_parts_back()
    {
        var number = CaseNumber.Parse(" 330102001001-20261122-000123 ");
        Assert.Equal(Village, number.Division);
        Assert.Equal(D("2026-11-22"), number.Date);
        Assert.Equal(123, number.Sequence);
        Assert.Equal(CaseNumber.Create(Village, D("2026-11-22"), 123), number);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("330102001001-20261122-00012", "looks like")]
    [InlineData("330102001001_20261122_000123", "looks like")]
    [InlineData("330102001001-2026-11-22-0001", "looks like")]
    [InlineData("330000001000-20261122-000123", "missing county")]
    [InlineData("330102001001-20261131-000123", "not a date")]
    [InlineData("330102001001-2026112a-000123", "not a date")]
    [InlineData("330102001001-20261122-000000", "000001–999999")]
    [InlineData("330102001001-20261122-00012a", "000001–999999")]
    [InlineData("330102001001-20261122--00123", "000001–999999")]
    public void Invalid_numbers_are_rejected_with_a_reason(string? s, string reason)
    {
        Assert.False(CaseNumber.TryParse(s, out var number, out var error));
        Assert.Contains(reason, error);
        Assert.Equal(default, number);
    }

    [Fact]
    public void Parse_throws_a_format_exception()
    {
        Assert.Throws<FormatException>(() => CaseNumber.Parse("330102001001-20261122-000000"));
    }
}
