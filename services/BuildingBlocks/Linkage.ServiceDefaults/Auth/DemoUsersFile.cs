using System.Text.Json;
using Linkage.ServiceDefaults.Json;

namespace Linkage.ServiceDefaults.Auth;

public static class DemoUsersFile
{
    public static IReadOnlyList<DemoUser> Load(string path) =>
        JsonSerializer.Deserialize<List<DemoUser>>(File.ReadAllText(path), JsonConventions.Web) ?? [];
}
