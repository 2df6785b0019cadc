namespace Linkage.Intake.Domain;

/// <summary>What a refusal notice must tell the applicant (行政许可法 Art. 38): the right to administrative
/// reconsideration or an administrative lawsuit, with the statutory periods.</summary>
public static class AppealRights
{
    public const string Text =
        "如不服本决定，可自收到本通知之日起六十日内依法申请行政复议，或者六个月内依法向人民法院提起行政诉讼。";
}
