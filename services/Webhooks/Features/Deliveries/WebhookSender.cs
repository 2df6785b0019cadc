using System.Text;
using Linkage.Webhooks.Domain;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>POSTs one delivery: the CloudEvent body, signed, with the event id as the idempotency key. Redirects are
/// not followed (the target was checked, where it redirects to was not).</summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string Client = "webhooks";

    public sealed record Outcome(bool Delivered, int? Code, string? Error);

    public async Task<Outcome> SendAsync(Subscription subscription, Delivery delivery, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/cloudevents+json"),
        };
        request.Headers.Add(Signature.Header, Signature.Of(subscription.Secret, clock.GetUtcNow().ToUnixTimeSeconds(), delivery.Body));
        request.Headers.Add("Idempotency-Key", delivery.EventId.ToString());
        request.Headers.Add("Linkage-Delivery", delivery.Id.ToString());
        try
        {
            using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new(true, code, null) : new(false, code, $"HTTP {code} {response.ReasonPhrase}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new(false, null, e.Message);
        }
    }
}
