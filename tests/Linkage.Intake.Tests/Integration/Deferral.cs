namespace Linkage.Intake.Tests;

/// <summary>容缺 applications: everything but the deferrable health certificate, with a supply date.</summary>
public static class Deferral
{
    public static readonly string[] MainMaterials = ["application-form", "id-copy", "premises-plan"];

    public static object Application(DateOnly supplyBy, string idNumber = Applications.ResidentId, IEnumerable<string>? materials = null) => new
    {
        matterCode = Applications.FoodPermit,
        applicant = new { kind = "person", name = "陈美华", idNumber },
        principalConsent = true,
        materials = (materials ?? MainMaterials).Select(code => new { code }),
        supplyBy = supplyBy.ToString("yyyy-MM-dd"),
    };
}
