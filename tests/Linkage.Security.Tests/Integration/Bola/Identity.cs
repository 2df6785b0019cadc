using Linkage.ServiceDefaults.Auth;

namespace Linkage.Security.Tests.Matrix;

/// <summary>A caller of the matrix: none of them owns, handles, reviews or supervises the seeded targets, so each must
/// be refused everything about them (decision 0421). <see cref="User"/> is null for the anonymous caller.</summary>
public sealed record Identity(string Name, DemoUser? User)
{
    /// <summary>The seven callers of issue 20. The targets belong to 陈美华 of 溪坪村 (双城镇, 柘荣县), taken by the village
    /// agent, handled by the county centre and reviewed by its market regulation, health and fire departments.</summary>
    public static IReadOnlyList<Identity> All { get; } =
    [
        new("anonymous", null),
        new("applicant", new("neighbour", "王芳（同村申请人）", [Roles.Applicant], "350926100201", IdNumber: "350926199001010010")),
        new("other applicant", new("other-resident", "刘强", [Roles.Applicant], "350981001001", IdNumber: "350981197806204416")),
        new("sibling-town clerk", new("sibling-town-clerk", "宋城镇窗口", [Roles.WindowClerk], "350926101000", "ou-350926101-centre")),
        new("other-county clerk", new("other-county-clerk", "福安市综合窗口", [Roles.WindowClerk], "350981000000", "ou-350981-centre")),
        new("reviewer of another department", new("reviewer-gaj", "林海（县公安局）", [Roles.DepartmentReviewer], "350926000000",
            "ou-350926-centre", "dep-350926-gaj")),
        new("supervisor of another subtree", new("supervisor-other-county", "福安市电子监察室", [Roles.Supervisor], "350981000000")),
    ];

    /// <summary>Holds none of the roles an endpoint requires: the authorization middleware answers before any object is
    /// looked up, so a 403 here cannot tell whether the target exists (decision 0421).</summary>
    public bool LacksAll(IReadOnlyList<string> roles) => User is not null && roles.Count > 0 && !roles.Intersect(User.Roles).Any();
}
