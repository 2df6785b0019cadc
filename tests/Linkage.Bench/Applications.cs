using System.Net.Http.Headers;
using System.Text;

namespace Linkage.Bench;

/// <summary>A complete food-permit application taken at the county window (the demo matter).</summary>
public static class Applications
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""
        {"matterCode":"000121010000",
         "applicant":{"kind":"person","name":"陈美华","idNumber":"350926198503120020"},
         "materials":[{"code":"application-form"},{"code":"id-copy"},{"code":"premises-plan"},{"code":"health-certificate"}]}
        """);

    public static HttpContent Next()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
