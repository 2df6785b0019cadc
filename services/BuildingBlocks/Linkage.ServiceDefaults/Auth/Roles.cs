namespace Linkage.ServiceDefaults.Auth;

public static class Roles
{
    public const string Applicant = "applicant";
    public const string WindowClerk = "window-clerk";
    public const string DepartmentReviewer = "department-reviewer";
    public const string ChiefRepresentative = "chief-representative"; // 首席代表
    public const string VillageAgent = "village-agent";               // 代办员
    public const string Supervisor = "supervisor";
    public const string CentreAdmin = "centre-admin";
    public const string TierAdmin = "tier-admin";
    public const string Kiosk = "kiosk";                              // 自助终端: a hall terminal, no staff functions (decision 0452)

    public static readonly IReadOnlyList<string> Staff =
        [WindowClerk, DepartmentReviewer, ChiefRepresentative, VillageAgent, Supervisor, CentreAdmin, TierAdmin];
}
