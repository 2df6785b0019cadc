namespace Linkage.Intake.Tests;

public static class Applications
{
    public const string FoodPermit = "000121010000";
    public const string ResidentId = "350926198503120020";

    public static readonly string[] AllMaterials = ["application-form", "id-copy", "premises-plan", "health-certificate"];

    public static object FoodPermitFor(string idNumber = ResidentId, IEnumerable<string>? materials = null, bool consent = true) => new
    {
        matterCode = FoodPermit,
        applicant = new { kind = "person", name = "陈美华", idNumber },
        principalConsent = consent,
        materials = (materials ?? AllMaterials).Select(code => new { code }),
    };
}
