using System.Net;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Requests that start together: each waits at a barrier on its own thread, then sends.</summary>
internal static class AtOnce
{
    public static async Task<HttpStatusCode[]> SendAsync(IEnumerable<Func<Task<HttpResponseMessage>>> sends)
    {
        var list = sends.ToList();
        using var barrier = new Barrier(list.Count);
        var responses = await Task.WhenAll(list.Select(send => Task.Run(() =>
        {
            barrier.SignalAndWait();
            return send();
        })));
        var statuses = responses.Select(r => r.StatusCode).ToArray();
        foreach (var response in responses) response.Dispose();
        return statuses;
    }
}
