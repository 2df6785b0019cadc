namespace Linkage.Office.Domain;

public static class OfficeLimits
{
    public const int UnitLength = 64;
    public const int SubjectLength = 128;
    public const int NameLength = 64;
    public const int TextLength = 1000;
    public const int WindowCodeLength = 8;
    public const int MaxLateNoticeDays = 365;
    public const int MaxReportWithinHours = 24 * 30;

    /// <summary>A day off may be recorded at most this many days after it (补登), never earlier.</summary>
    public const int DaysOffBackdating = 7;
}
