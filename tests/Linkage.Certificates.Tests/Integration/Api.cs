using System.Net;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Certificates.Tests.Integration;

public static class Api
{
    /// <summary>Waits until the case's certificate is issued, then returns it as the county clerk sees it.</summary>
    public static async Task<JsonElement> CertificateOfAsync(this LinkageTestHost host, Guid caseId)
    {
        using var clerk = host.CreateClient("clerk");
        var found = await host.Eventually(async () =>
        {
            var list = (await clerk.GetJsonAsync($"/api/certificates?caseId={caseId}")).Items();
            return list.GetArrayLength() > 0 ? (JsonElement?)list[0] : null;
        }, TimeSpan.FromSeconds(20));
        return found!.Value;
    }
}
