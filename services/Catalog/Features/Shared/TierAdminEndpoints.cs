namespace Linkage.Catalog.Features.Shared;

public static class TierAdminEndpoints
{
    /// <summary>Tier admins only (others 403); a target outside their subtree answers 404 (decision 0100).</summary>
    public static RouteHandlerBuilder ForTierAdmins(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(p => p.RequireRole(Roles.TierAdmin)).ProducesProblem(StatusCodes.Status404NotFound);
}
