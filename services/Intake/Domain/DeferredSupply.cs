namespace Linkage.Intake.Domain;

/// <summary>容缺受理: the secondary materials still missing and the date the applicant committed to supply them.</summary>
public sealed record DeferredSupply(IReadOnlyList<string> Materials, DateOnly SupplyBy);
