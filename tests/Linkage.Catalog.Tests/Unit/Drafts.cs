using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Kernel;

namespace Linkage.Catalog.Tests.Unit;

/// <summary>Implementation entries for rule tests: the demo food permit, varied one thing at a time.</summary>
public static class Drafts
{
    public static ImplementationDraft FoodPermit => DemoFoodPermit.Zherong();

    public static HandlingTimeLimit Working(int days) => new(days, TimeLimitUnit.WorkingDays);

    public static HandlingTimeLimit Calendar(int days) => new(days, TimeLimitUnit.CalendarDays);

    public static IReadOnlyList<string> BrokenFields(ImplementationDraft draft)
    {
        var error = Assert.Throws<Linkage.Kernel.Rules.BusinessRuleException>(() => Implementation.Create(draft));
        return error.Broken.Select(r => r.Field).ToList();
    }
}
