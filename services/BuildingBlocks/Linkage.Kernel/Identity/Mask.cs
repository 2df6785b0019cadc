namespace Linkage.Kernel;

/// <summary>Display forms that never reveal personal data in full.</summary>
public static class Mask
{
    private const int Head = 6;
    private const int Tail = 4;

    /// <summary>First 6 + stars + last 4 (18 chars → 6 + 8 stars + 4); inputs of 10 chars or fewer are all stars.</summary>
    public static string IdNumber(string? idNumber)
    {
        if (string.IsNullOrEmpty(idNumber)) return "";
        if (idNumber.Length <= Head + Tail) return new string('*', idNumber.Length);
        return string.Concat(idNumber.AsSpan(0, Head), new string('*', idNumber.Length - Head - Tail), idNumber.AsSpan(idNumber.Length - Tail));
    }
}
