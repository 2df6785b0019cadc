using Linkage.Certificates.Domain;
using Linkage.Certificates.Domain.Rules;

namespace Linkage.Certificates.Tests.Unit;

public sealed class CertificateRuleTests
{
    [Fact]
    public void A_five_year_licence_ends_the_day_before_its_fifth_anniversary()
    {
        Assert.Equal(new DateOnly(2030, 8, 31), new ValidityPeriodPolicy(5).ValidUntil(new DateOnly(2025, 9, 1)));
    }

    [Fact]
    public void Zero_validity_years_means_no_expiry()
    {
        Assert.Null(new ValidityPeriodPolicy(0).ValidUntil(new DateOnly(2025, 9, 1)));
    }

    [Theory]
    [InlineData("2030-08-31", CertificateStatus.Valid)]
    [InlineData("2030-09-01", CertificateStatus.Expired)]
    public void A_valid_licence_reads_expired_after_its_last_day(string today, CertificateStatus expected)
    {
        var certificate = Certificates.Issue(validityYears: 5, issuedAt: new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(expected, new EffectiveStatusPolicy(DateOnly.Parse(today)).Of(certificate));
    }

    [Fact]
    public void A_licence_without_expiry_never_reads_expired()
    {
        var certificate = Certificates.Issue(validityYears: 0);

        Assert.Equal(CertificateStatus.Valid, new EffectiveStatusPolicy(new DateOnly(2199, 1, 1)).Of(certificate));
    }

    [Theory]
    [InlineData("陈美华", "陈*华")]
    [InlineData("刘强", "刘*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("福建溪坪食品有限公司", "福********司")]
    [InlineData("王", "*")]
    public void Holder_names_are_masked_for_the_public(string name, string masked) =>
        Assert.Equal(masked, HolderNameMask.Apply(name));

    [Fact]
    public void The_printed_number_is_the_year_and_the_issuer_serial()
    {
        Assert.Equal("202500000042", CertificateNumberPolicy.Format(new DateOnly(2025, 12, 31), 42));
    }
}
