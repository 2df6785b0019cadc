namespace Linkage.Testing;

/// <summary>The demo users (services/Linkage.Host/demo-users.json) reviewing the Zherong food-business permit: its
/// three county departments, market regulation (signs off), health and fire rescue, approving in parallel.</summary>
public static class DemoReviewers
{
    public static readonly IReadOnlyList<string> FoodPermit = ["reviewer-scjg", "reviewer-wsjk", "reviewer-xfjy"];
}
