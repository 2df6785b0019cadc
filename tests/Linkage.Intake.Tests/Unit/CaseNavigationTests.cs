using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Tests.Unit;

/// <summary>What 0815 rests on: a case enters the tracker only by its own <c>Add</c> or a read, never through another
/// entity's navigation, so listing the tracked cases without EF's DetectChanges finds every case a save will write.
/// A navigation to the case from another entity would let a case be inserted without its events: this fails first.</summary>
public sealed class CaseNavigationTests
{
    [Fact]
    public void No_entity_but_the_cases_own_parts_navigates_to_a_case()
    {
        var options = new DbContextOptionsBuilder<IntakeDbContext>().UseNpgsql("Host=localhost;Database=design").Options;
        using var db = new IntakeDbContext(options);

        var toCase = db.Model.GetEntityTypes()
            .SelectMany(t => t.GetNavigations().Where(n => n.TargetEntityType.ClrType == typeof(IntakeCase) && !n.DeclaringEntityType.IsOwned())
                .Select(n => $"{t.ClrType.Name}.{n.Name}"))
            .ToList();

        Assert.Contains(db.Model.GetEntityTypes(), t => t.ClrType == typeof(IntakeCase)); // the model is the cases'
        Assert.Empty(toCase);
    }
}
