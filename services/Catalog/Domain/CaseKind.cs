namespace Linkage.Catalog.Domain;

public enum CaseKind
{
    Instant,    // 即办件: decided at the window
    Committed,  // 承诺件: accepted, reviewed, decided within the committed limit
}
