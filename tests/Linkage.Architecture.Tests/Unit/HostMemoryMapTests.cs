using System.Globalization;
using System.Text;
using Linkage.Bench.Cost;

namespace Linkage.Architecture.Tests;

/// <summary>The bench's host memory lines (tests/Linkage.Bench, <see cref="MemoryMap"/>, decision 0752): the "GC heap"
/// is the GC's reserved range and what it committed there, never a malloc arena, a thread's stack or malloc's mapped
/// blocks that the kernel placed beside it. Before, the contiguous run of unnamed mappings counted them all, and the
/// host's GC heap read 241–247 MB under its 192 MB limit.</summary>
public sealed class HostMemoryMapTests
{
    private const long Mb = 1024;

    [Fact]
    public void The_arena_and_the_stack_beside_the_gcs_range_are_not_its_heap()
    {
        var smaps = new Smaps()
            .Map(4, "---p", 0, "mr mw me nh") // a thread's guard page and stack, below the range
            .Map(8 * Mb, "rw-p", 2 * Mb, "rd wr mr mw me ac nh")
            .Map(156, "rw-p", 60, "rd wr mr mw me ac") // the GC's bookkeeping
            .Map(8 * Mb + 548, "---p", 0, "mr mw me dd")
            .Map(40 * Mb, "rw-p", 40 * Mb, "rd wr mr mw me ac") // regions in use
            .Map(100 * Mb, "---p", 0, "mr mw me dd")
            .Map(30 * Mb, "rw-p", 30 * Mb, "rd wr mr mw me ac")
            .Map(794 * Mb, "---p", 0, "mr mw me dd")
            .Map(132, "rw-p", 132, "rd wr mr mw me nr") // the second malloc arena, right above
            .Map(64 * Mb - 132, "---p", 0, "mr mw me nr")
            .Map(20 * Mb, "rw-p", 20 * Mb, "rd wr mr mw me ac") // a block malloc mapped on its own, next to it
            .Skip(4 * Mb)
            .Map(50 * Mb, "rw-p", 50 * Mb, "rd wr mr mw me", "[heap]");

        var kinds = MemoryMap.Breakdown(smaps.Lines()).ToDictionary(k => k.Kind, k => k.Kilobytes);

        Assert.Equal(40 * Mb + 30 * Mb + 60, kinds[MemoryMap.GcHeap]);
        Assert.Equal(50 * Mb + 132, kinds[MemoryMap.Malloc]);
        Assert.Equal(2 * Mb, kinds[MemoryMap.Stacks]);
        Assert.Equal(20 * Mb, kinds[MemoryMap.OtherAnonymous]);
    }

    [Fact]
    public void A_mapping_beside_the_range_but_not_merged_into_its_end_is_not_the_gcs()
    {
        var smaps = new Smaps()
            .Map(16 * Mb, "rw-p", 16 * Mb, "rd wr mr mw me ac") // malloc's blocks, below
            .Map(4 * Mb, "rw-p", 4 * Mb, "rd wr mr mw me ac") // the range's first region
            .Map(1020 * Mb, "---p", 0, "mr mw me dd")
            .Map(8 * Mb, "rw-p", 8 * Mb, "rd wr mr mw me ac") // a region at the range's top
            .Map(12 * Mb, "rw-p", 12 * Mb, "rd wr mr mw me ac"); // malloc's blocks, above

        var kinds = MemoryMap.Breakdown(smaps.Lines()).ToDictionary(k => k.Kind, k => k.Kilobytes);

        Assert.Equal(12 * Mb, kinds[MemoryMap.GcHeap]);
        Assert.Equal(28 * Mb, kinds[MemoryMap.OtherAnonymous]);
    }

    [Fact]
    public void In_a_running_process_the_gc_heap_holds_a_live_array_and_no_more_than_the_gc_committed()
    {
        var array = new byte[96 << 20];
        Array.Fill(array, (byte)1); // every page resident
        GC.Collect(); // the GC's figures are as of its last collection

        var kinds = MemoryMap.Breakdown(File.ReadLines("/proc/self/smaps")).ToDictionary(k => k.Kind, k => k.Kilobytes);
        var committed = GC.GetGCMemoryInfo().TotalCommittedBytes / 1024;

        Assert.True(kinds[MemoryMap.GcHeap] >= 96 * Mb, $"GC heap {kinds[MemoryMap.GcHeap]} KB with a 96 MB array live");
        // a page of the range is resident only once committed; the margin is what the test run's other threads may
        // have had the GC commit between the collection and the read
        Assert.True(kinds[MemoryMap.GcHeap] <= committed + 32 * Mb, $"GC heap {kinds[MemoryMap.GcHeap]} KB, committed {committed} KB");
        GC.KeepAlive(array);
    }

    /// <summary>Mappings one after the other from 0x7f0010000000, as the kernel lists them.</summary>
    private sealed class Smaps
    {
        private readonly StringBuilder text = new();
        private long end = 0x7f0010000000;

        public Smaps Skip(long kilobytes)
        {
            end += kilobytes * 1024;
            return this;
        }

        public Smaps Map(long kilobytes, string perms, long rss, string flags, string name = "")
        {
            var start = end;
            end += kilobytes * 1024;
            text.AppendLine(CultureInfo.InvariantCulture, $"{start:x}-{end:x} {perms} 00000000 00:00 0 {name}")
                .AppendLine(CultureInfo.InvariantCulture, $"Size: {kilobytes} kB")
                .AppendLine(CultureInfo.InvariantCulture, $"Rss: {rss} kB")
                .AppendLine($"VmFlags: {flags}");
            return this;
        }

        public IEnumerable<string> Lines() => text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
