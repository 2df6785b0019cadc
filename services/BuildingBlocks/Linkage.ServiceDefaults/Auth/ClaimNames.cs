namespace Linkage.ServiceDefaults.Auth;

public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Division = "division";
    public const string OrgUnit = "org_unit";
    public const string Department = "department";
    public const string IdDigest = "idn_digest";
    public const string OrgCreditCode = "org_credit_code"; // the organisation the caller acts for (统一社会信用代码)
}
