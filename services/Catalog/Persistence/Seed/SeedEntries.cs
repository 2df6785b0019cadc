using Linkage.Catalog.Domain;
using static Linkage.Catalog.Persistence.Seed.SeedLimits;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Short builders for the demo matters and entries: all seeded as version 1 from 2024-01-01.</summary>
internal static class SeedEntries
{
    public static readonly DateOnly Since = new(2024, 1, 1);

    public const string County = DemoOrgUnits.CountyCentre;

    public static readonly Material ApplicationForm = new("application-form", "申请表", true, false);
    public static readonly Material IdCard = new("id-copy", "居民身份证", true, false);
    public static readonly Material HouseholdRegister = new("household-register", "户口簿", true, false);
    public static readonly Material Photo = new("photo", "近期一寸免冠照片", true, false);

    /// <summary>实施编码 of the demo: the unit's significant division digits, the basic code and a sequence.</summary>
    public static string EntryCode(string division, string matter) => $"{division}-{matter}-01";

    public static Matter M(string code, string name, MatterType type, IReadOnlyList<string> keywords, string legalBasis) =>
        Matter.Create(code, name, type, keywords, [new(1, Since, legalBasis)]);

    /// <summary>即办件: decided at the window, no review departments.</summary>
    public static ImplementationDraft Instant(
        string code, string matter, string unit, IReadOnlyList<Material> materials, int trips = 1, bool proxy = true) => new(
        code, 1, Since, matter, unit, CaseKind.Instant, Days(5), Days(0), trips, materials, [], proxy, Licence.None);

    /// <summary>承诺件: reviewed in parallel by <paramref name="departments"/> (the first signs off) within the committed limit.</summary>
    public static ImplementationDraft Committed(
        string code, string matter, string unit, int legal, int committed, IReadOnlyList<Material> materials,
        IReadOnlyList<string> departments, bool proxy, Licence? licence = null, int trips = 1) => new(
        code, 1, Since, matter, unit, CaseKind.Committed, Days(legal), Days(committed), trips, materials,
        [.. departments.Select((d, i) => new ReviewDepartment(d, committed, SignsOff: i == 0))], proxy, licence ?? Licence.None);
}
