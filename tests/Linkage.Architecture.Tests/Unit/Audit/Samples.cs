using Linkage.Messaging;

namespace Linkage.Architecture.Tests.Audit;

/// <summary>Two handlers for the reach check's own test: one audits through a lambda inside an async method, one does not.</summary>
public static class Samples
{
    public static async Task Audits(ModuleDbContext db)
    {
        await Task.Yield();
        Action write = () => db.Audit(AuditActor.System("test", "370000000000"), "sample.done", "sample", "1");
        write();
    }

    public static async Task Silent(ModuleDbContext db) => await db.SaveChangesAsync();
}
