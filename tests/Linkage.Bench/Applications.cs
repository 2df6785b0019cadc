using System.Net.Http.Headers;
using System.Text;

namespace Linkage.Bench;

/// <summary>A complete food-permit application (the demo matter): taken at the county window, or by the village agent
/// for a resident (with her consent), which the station forwards to the county.</summary>
public static class Applications
{
    private const string Materials =
        """[{"code":"application-form"},{"code":"id-copy"},{"code":"premises-plan"},{"code":"health-certificate"}]""";

    private const string Applicant = """{"kind":"person","name":"陈美华","idNumber":"350926198503120020"}""";

    private static readonly byte[] Body =
        Encoding.UTF8.GetBytes($$"""{"matterCode":"000121010000","applicant":{{Applicant}},"materials":{{Materials}}}""");

    private static readonly byte[] ProxyBody = Encoding.UTF8.GetBytes(
        $$"""{"matterCode":"000121010000","principalConsent":true,"applicant":{{Applicant}},"materials":{{Materials}}}""");

    public static HttpContent Next() => Json(Body);

    public static HttpContent NextByProxy() => Json(ProxyBody);

    /// <summary>The case an accepted application created, from the answer's <c>Location</c> (<c>/api/intake/cases/{id}</c>),
    /// so a run that follows its cases need not read the body.</summary>
    public static Guid? CreatedCase(HttpResponseMessage response) =>
        response.Headers.Location is { } location && Guid.TryParse(location.OriginalString.AsSpan(location.OriginalString.LastIndexOf('/') + 1), out var id)
            ? id : null;

    private static HttpContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
