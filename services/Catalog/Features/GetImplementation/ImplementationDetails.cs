using Linkage.Catalog.Domain;

namespace Linkage.Catalog.Features.GetImplementation;

/// <summary>An implementation entry with the names it refers to: what gRPC and REST answer with.</summary>
public sealed record ImplementationDetails(
    Implementation Entry, Matter Matter, OrgUnit Unit, IReadOnlyList<ReviewingDepartment> Departments);

/// <summary>A review department of the entry, named, with the credit code of the agency it represents.</summary>
public sealed record ReviewingDepartment(ReviewDepartment Step, string Name, string CreditCode);
