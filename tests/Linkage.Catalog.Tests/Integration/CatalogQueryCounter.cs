using System.Diagnostics;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>Counts SQL commands on the catalog's own tables (Npgsql's activities, in this process) while it lives.
/// The outbox dispatcher's polling is not counted.</summary>
public sealed class CatalogQueryCounter : IDisposable
{
    private static readonly string[] Tables = ["implementations", "org_units", "matters", "departments", "regions"];
    private readonly ActivityListener listener;
    private int count;

    public CatalogQueryCounter()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                var sql = (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string ?? "";
                if (Tables.Any(t => sql.Contains($"catalog.{t}", StringComparison.Ordinal) || sql.Contains($"\"{t}\"", StringComparison.Ordinal)))
                    Interlocked.Increment(ref count);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    public void Dispose() => listener.Dispose();
}
