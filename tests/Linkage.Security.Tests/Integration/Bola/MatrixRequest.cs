using System.Net.Http.Headers;
using System.Text;
using Linkage.Security.Tests.Endpoints;

namespace Linkage.Security.Tests.Matrix;

/// <summary>The request one matrix cell sends: route and query filled from the targets, the body from
/// <see cref="BodyRecipes"/> or made from the body's type, a fresh idempotency key on writes.</summary>
public static class MatrixRequest
{
    public static HttpRequestMessage For(ApiEndpoint endpoint, Targets targets, List<string> random)
    {
        var path = targets.Fill(endpoint.Pattern, random);
        var query = endpoint.QueryParameters
            .Select(p => (p.Name!, Value: targets.Lookup(p.Name!, null)))
            .Where(q => q.Value is not null)
            .Select(q => $"{q.Item1}={Uri.EscapeDataString(q.Value!)}");
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path + (query.Any() ? "?" + string.Join('&', query) : ""));
        if (!endpoint.Writes) return request;
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var body = BodyRecipes.For(endpoint, targets)
            ?? (endpoint.BodyType is { } type ? BodyFactory.Build(type, targets)?.ToJsonString() : endpoint.ReadsRawBody ? "{}" : null);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    public static HttpClient Client(LinkageTestHost host, Identity identity)
    {
        var client = host.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        if (identity.User is { } user) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(user));
        return client;
    }
}
