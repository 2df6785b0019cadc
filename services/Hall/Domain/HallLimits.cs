namespace Linkage.Hall.Domain;

public static class HallLimits
{
    public const int AreaCodeLength = 2;
    public const int WindowCodeLength = 8;
    public const int NameLength = 64;
    public const int MaxAreasPerWindow = 26;
    public const int MaxMattersPerArea = 200;
}
