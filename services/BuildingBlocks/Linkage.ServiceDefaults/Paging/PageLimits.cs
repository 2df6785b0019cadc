namespace Linkage.ServiceDefaults.Paging;

/// <summary>The one <c>limit</c> rule of every list (decision 0550).</summary>
public static class PageLimits
{
    public const int Default = 50;
    public const int Max = 500;
}
