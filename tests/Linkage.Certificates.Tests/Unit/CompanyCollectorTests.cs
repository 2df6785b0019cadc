using Linkage.Certificates.Features.StationDelivery;

namespace Linkage.Certificates.Tests.Unit;

/// <summary>Who collects a company's licence at the station (decision 0659): named, and either its legal representative
/// or a person holding an authorisation letter whose number is recorded; otherwise refused on the field at fault.</summary>
public sealed class CompanyCollectorTests
{
    [Fact]
    public void The_legal_representative_collects_by_name_without_a_letter()
    {
        Assert.Null(CompanyCollector.Refusal(" 林美华 ", CompanyCollector.LegalRepresentative, null, out var collector));
        Assert.Equal(new CompanyCollector("林美华", null), collector);
    }

    [Fact]
    public void An_authorised_person_collects_with_the_letters_number_recorded()
    {
        Assert.Null(CompanyCollector.Refusal("林志强", CompanyCollector.Authorised, " 柘荣美华〔2026〕3号 ", out var collector));
        Assert.Equal(new CompanyCollector("林志强", "柘荣美华〔2026〕3号"), collector);
    }

    [Theory]
    [InlineData(null, "authorised", "W-1", "collectorName")]
    [InlineData("  ", "legal-representative", null, "collectorName")]
    [InlineData("林志强", null, "W-1", "collectorRole")]                // neither the legal representative nor authorised
    [InlineData("林志强", "employee", null, "collectorRole")]
    [InlineData("林志强", "authorised", null, "authorisationLetter")]    // authorised, but no letter shown
    [InlineData("林志强", "authorised", " ", "authorisationLetter")]
    [InlineData("林志强", "authorised", "12345678901234567890123456789012345678901", "authorisationLetter")]
    [InlineData("林美华", "legal-representative", "W-1", "authorisationLetter")]
    public void Anyone_else_is_refused_on_the_field_at_fault(string? name, string? role, string? letter, string field)
    {
        Assert.Equal(field, CompanyCollector.Refusal(name, role, letter, out var collector)?.Field);
        Assert.Null(collector);
    }
}
