using Linkage.Bench.Cost;

namespace Linkage.Architecture.Tests;

/// <summary>The bench's reading of CPU times (tests/Linkage.Bench, <see cref="ProcStat"/>): the machine's busy ticks
/// leave out idle and iowait and do not count guest time twice; a process's fields are found after its command name
/// whatever that holds, and its reaped children's ticks (a PostgreSQL backend that exited) are kept apart.</summary>
public sealed class ProcStatTests
{
    [Fact]
    public void The_machines_busy_ticks_leave_out_idle_and_iowait_and_count_guest_time_once()
    {
        var (busy, total) = ProcStat.Machine("cpu  1263030 4203 307645 478204 6941 0 17983 1936 500 0");

        Assert.Equal(1263030 + 4203 + 307645 + 17983 + 1936, busy);
        Assert.Equal(busy + 478204 + 6941, total);
    }

    [Fact]
    public void A_cores_line_is_not_the_machines()
    {
        Assert.Throws<FormatException>(() => ProcStat.Machine("cpu0 1 2 3 4 5 6 7 8 0 0"));
    }

    [Fact]
    public void A_processs_fields_are_read_after_a_command_name_with_spaces_and_parentheses()
    {
        const string stat = "4242 (postgres: linkage (idle) x) S 4100 4100 4100 0 -1 4194560 8825 0 0 0 "
            + "731 214 96 17 20 0 1 0 1046792 3133440 414 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        var process = ProcStat.Process(stat);

        Assert.Equal(4100, process.ParentPid);
        Assert.Equal(731 + 214, process.Own);
        Assert.Equal(96 + 17, process.Reaped);
    }

    [Theory]
    [InlineData("postgres: linkage linkage_town 127.0.0.1(50412) idle", "linkage_town")]
    [InlineData("postgres: linkage linkage_city 127.0.0.1(50413) idle in transaction\0\0\0", "linkage_city")]
    [InlineData("postgres: postgres linkage [local] SELECT", "linkage")]
    [InlineData("postgres: autovacuum worker linkage_town", null)]
    [InlineData("postgres: checkpointer   ", null)]
    [InlineData("/usr/lib/postgresql/15/bin/postgres -D pg -p 5432", null)]
    public void A_backends_database_is_read_from_its_command_line_and_a_background_process_has_none(string cmdline, string? database)
    {
        Assert.Equal(database, ProcStat.Database(cmdline));
    }

    [Theory]
    [InlineData("postgres: linkage_app linkage 127.0.0.1(50412) idle", "linkage_app")]
    [InlineData("postgres: postgres linkage 127.0.0.1(50413) SELECT\0\0", "postgres")]
    [InlineData("postgres: autovacuum worker linkage", null)]
    [InlineData("postgres: walwriter   ", null)]
    public void A_backends_login_is_read_from_its_command_line_so_the_benchs_own_are_told_from_the_suites(string cmdline, string? login)
    {
        Assert.Equal(login, ProcStat.Login(cmdline));
    }
}
