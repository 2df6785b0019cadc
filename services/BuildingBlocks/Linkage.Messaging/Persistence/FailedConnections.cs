using System.Data;
using System.Data.Common;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>What a unit of work that failed in the database leaves on its connection is not trusted back into the
/// pool: the auto-prepared statements (decision 0016) are deallocated on the server and forgotten by Npgsql, so the
/// next user's statements are parsed afresh. A connection that answers out of protocol order is broken by Npgsql
/// and dropped from the pool instead. See docs/decisions/0310.</summary>
public static class FailedConnections
{
    public static void Reset(DbConnection connection)
    {
        if (connection is not NpgsqlConnection { State: ConnectionState.Open } npgsql) return;
        try
        {
            npgsql.UnprepareAll();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // broken: Npgsql has closed the physical connection and will not pool it again
        }
    }
}
