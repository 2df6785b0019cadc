using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Paging;

/// <summary>A list endpoint's <c>cursor</c> and <c>limit</c>: bound from the query by a parameter of this type. A bad
/// limit or a cursor that is garbled, forged or of another list answers 422 naming the field before the handler runs
/// (the filter this parameter adds to its endpoint).</summary>
public sealed class PageRequest : IEndpointParameterMetadataProvider
{
    private PageRequest(int limit, string scope, JsonElement[]? after, FieldErrors errors, PageCursors cursors) =>
        (Limit, Scope, After, Errors, Cursors) = (limit, scope, after, errors, cursors);

    private const string NotACursor = "Not a cursor of this list: pass nextCursor of the previous page unchanged, with the same filters.";

    public int Limit { get; }

    internal string Scope { get; }

    internal JsonElement[]? After { get; }

    internal FieldErrors Errors { get; }

    internal PageCursors Cursors { get; }

    /// <summary>A page for a caller outside HTTP (the gRPC list calls, decision 0556): <paramref name="scope"/> names the list
    /// and its filters as the path and query do in REST, and the checks are REST's; the caller answers the errors its way.</summary>
    public static PageRequest Of(int limit, string scope, string? cursor, PageCursors cursors)
    {
        var errors = new FieldErrors();
        if (limit is < 1 or > PageLimits.Max) errors.Add("limit", $"A whole number from 1 to {PageLimits.Max}.");
        var after = cursor is null ? null : cursors.Open(scope, cursor);
        if (cursor is not null && after is null) errors.Add("cursor", NotACursor);
        return new PageRequest(limit, scope, after, errors, cursors);
    }

    public static ValueTask<PageRequest?> BindAsync(HttpContext http, ParameterInfo parameter)
    {
        var query = http.Request.Query;
        var errors = new FieldErrors();
        var limit = PageLimits.Default;
        if (query.ContainsKey("limit") && !(int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                && limit is >= 1 and <= PageLimits.Max))
            errors.Add("limit", $"A whole number from 1 to {PageLimits.Max}.");
        var cursors = http.RequestServices.GetRequiredService<PageCursors>();
        var scope = ScopeOf(http);
        JsonElement[]? after = null;
        if (query.ContainsKey("cursor") && (after = cursors.Open(scope, query["cursor"].ToString())) is null)
            errors.Add("cursor", NotACursor);
        return ValueTask.FromResult<PageRequest?>(new PageRequest(limit, scope, after, errors, cursors));
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        builder.Metadata.Add(new PagedEndpoint());
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity,
            typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        builder.FilterFactories.Add((_, next) => async invocation =>
        {
            var page = invocation.Arguments.OfType<PageRequest>().First();
            if (page.Errors.Any) return Problems.Problems.Invalid(page.Errors);
            try
            {
                return await next(invocation);
            }
            catch (InvalidCursorException e)
            {
                return Problems.Problems.Invalid("cursor", e.Message);
            }
        });
    }

    /// <summary>The list a cursor belongs to: the path and every query parameter but cursor and limit, in order.</summary>
    private static string ScopeOf(HttpContext http) =>
        http.Request.Path + "?" + string.Join("&", http.Request.Query
            .Where(q => q.Key is not ("cursor" or "limit"))
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => q.Key + "=" + string.Join(",", q.Value.ToArray())));
}
