namespace Linkage.Approval.Domain.Policies;

/// <summary>How many working days a department may add (行政许可法 Art. 42): 10 on a single-department decision
/// (20 + 10), 15 on joint handling by several departments (45 + 15). Extensions of one task add up.</summary>
public sealed class LegalExtensionPolicy(int departmentCount)
{
    public const int SingleDepartment = 10;
    public const int Joint = 15;

    public int MaxWorkingDays => departmentCount > 1 ? Joint : SingleDepartment;

    public bool Allows(int alreadyExtended, int more) => more > 0 && alreadyExtended + more <= MaxWorkingDays;
}
