namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>Who collects an organisation's licence at the station and on what authority (decision 0659): the person's
/// name as on the ID card shown, and either the organisation's legal representative (法定代表人, as the business licence
/// shown names them) or a person it authorised, whose authorisation letter (授权委托书) has its number recorded.</summary>
public sealed record CompanyCollector(string Name, string? AuthorisationLetter)
{
    public const string LegalRepresentative = "legal-representative", Authorised = "authorised";

    /// <summary>Why the collector is refused, on which field, or null with the collector.</summary>
    public static (string Field, string Error)? Refusal(string? name, string? role, string? letter, out CompanyCollector? collector)
    {
        collector = null;
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 50 || trimmed.Any(char.IsControl))
            return ("collectorName", "Enter the collecting person's name as on the ID card shown (at most 50 characters).");
        var number = letter?.Trim();
        switch (role)
        {
            case LegalRepresentative when number is null:
                collector = new CompanyCollector(trimmed, null);
                return null;
            case LegalRepresentative:
                return ("authorisationLetter", "The legal representative collects without an authorisation letter; leave it out or use 'authorised'.");
            case Authorised when number is not { Length: > 0 and <= 40 } || number.Any(char.IsControl):
                return ("authorisationLetter", "Enter the number of the authorisation letter (授权委托书) the collector presents (at most 40 characters).");
            case Authorised:
                collector = new CompanyCollector(trimmed, number);
                return null;
            default:
                return ("collectorRole", $"Use '{LegalRepresentative}' (the business licence names the collector) or '{Authorised}' (with an authorisation letter).");
        }
    }
}
