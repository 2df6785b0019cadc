using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Orders;

public static class OrderQueryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/orders", List).WithName("ListSupervisionOrders")
            .WithSummary("督办 orders to units in a subtree, newest first.");
        api.MapGet("/orders/{orderId:guid}", Get).WithName("GetSupervisionOrder")
            .WithSummary("One order, its reply and escalation.");
    }

    private static async Task<Results<Ok<Page<OrderView>>, InvalidRequest, ProblemHttpResult>> List(
        string? division, PageRequest page, HttpContext http, SupervisionDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        var errors = new FieldErrors();
        var code = SubtreeParameter.Parse(division, caller, errors);
        if (errors.Any) return Problems.Invalid(errors);
        if (SubtreeParameter.Within(code, caller) is not { } subtree) return Problems.NotFound($"Division {division}");
        var rows = await db.Orders.AsNoTracking().VisibleTo(caller).Where(o => EF.Functions.Like(o.TargetDivision, subtree.Pattern))
            .PageAsync(page, o => o.Desc(x => x.IssuedAt).Asc(x => x.Id), ct);
        return TypedResults.Ok(rows.Map(OrderView.From));
    }

    private static async Task<Results<Ok<OrderView>, ProblemHttpResult>> Get(
        Guid orderId, HttpContext http, SupervisionDbContext db, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().VisibleTo(http.Caller()).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        return order is null ? Problems.NotFound($"Order {orderId}") : TypedResults.Ok(OrderView.From(order));
    }
}
