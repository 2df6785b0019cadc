namespace Linkage.Kernel;

/// <summary>The five tiers (五级): the value is the number of the segment that ends the significant prefix.</summary>
public enum DivisionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Town = 4,
    Village = 5,
}
