namespace Linkage.ServiceDefaults.Paging;

/// <summary>A cursor that was signed for this list but no longer fits its keys (the order changed between releases).</summary>
public sealed class InvalidCursorException(string message) : Exception(message);
