using Google.Protobuf;
using Grpc.Core;
using Linkage.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Http;

namespace Linkage.ServiceDefaults.Grpc;

/// <summary>A list call's page (decision 0556): the REST list's handler with a <see cref="PageRequest"/> whose cursor is
/// bound to the method and the request's other fields, as a REST cursor is bound to its path and filters. <c>limit</c> 0
/// is the call's default; any other limit out of 1…500, or a cursor not sealed for this call and these fields, is
/// INVALID_ARGUMENT naming the field, before or instead of the handler's answer.</summary>
public static class GrpcPaging
{
    public static async Task<Page<T>> PageAsync<TRequest, T>(this ServerCallContext context, TRequest request, int limit, string cursor,
        int fallback, PageCursors cursors, Func<PageRequest, Task<IResult>> list) where TRequest : IMessage<TRequest>
    {
        var page = PageRequest.Of(limit == 0 ? fallback : limit, ScopeOf(context.Method, request), cursor.OrNull(), cursors);
        if (page.Errors.Any) throw GrpcAnswers.Invalid(page.Errors.ToDictionary());
        try
        {
            return GrpcAnswers.ValueOf<Page<T>>(await list(page));
        }
        catch (InvalidCursorException e)
        {
            throw GrpcAnswers.Invalid("cursor", e.Message);
        }
    }

    /// <summary>The method and the request without <c>cursor</c> and <c>limit</c>, as canonical proto JSON.</summary>
    private static string ScopeOf<TRequest>(string method, TRequest request) where TRequest : IMessage<TRequest>
    {
        var filters = request.Clone();
        foreach (var paging in new[] { "cursor", "limit" }) filters.Descriptor.FindFieldByName(paging)?.Accessor.Clear(filters);
        return method + "?" + JsonFormatter.Default.Format(filters);
    }
}
