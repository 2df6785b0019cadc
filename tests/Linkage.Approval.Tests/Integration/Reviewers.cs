using System.Net.Http.Headers;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Approval.Tests.Integration;

/// <summary>Clients for reviewers beyond the demo users: any department, any tier.</summary>
public static class Reviewers
{
    public const string County = "350926000000";
    public const string CountyCentre = "ou-350926-centre";

    public static HttpClient For(LinkageTestHost host, string departmentId, string division = County, string orgUnit = CountyCentre)
    {
        var user = new DemoUser($"reviewer-{departmentId}-{division}", "审查员", [Roles.DepartmentReviewer], division, orgUnit, departmentId);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(user));
        return client;
    }
}
