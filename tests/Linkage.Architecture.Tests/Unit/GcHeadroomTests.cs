using Linkage.ServiceDefaults.Hosting;

namespace Linkage.Architecture.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GcLimitCollection
{
    public const string Name = "the test process's GC limit";
}

/// <summary>Decision 0841: the catalog's import runs with the GC's limit raised and puts it back when the last import
/// ends. The test process gets a hard limit of its own for each test, far above what it uses, and none again
/// after.</summary>
[Collection(GcLimitCollection.Name)]
public sealed class GcHeadroomTests : IDisposable
{
    private const ulong Base = 8UL << 30;
    private const ulong Raised = 12UL << 30;

    public GcHeadroomTests() => SetLimit(Base);

    public void Dispose() => SetLimit(0);

    [Fact]
    public void The_limit_is_raised_while_any_lease_is_held_and_put_back_after_the_last()
    {
        var headroom = new GcHeadroom(Raised, TimeSpan.FromSeconds(1));

        var first = headroom.Raise();
        Assert.Equal(Raised, GcHeadroom.CurrentLimit());
        var second = headroom.Raise();
        first.Dispose();
        first.Dispose();
        Assert.Equal(Raised, GcHeadroom.CurrentLimit());
        second.Dispose();
        Assert.Equal(Base, GcHeadroom.CurrentLimit());

        using (headroom.Raise()) Assert.Equal(Raised, GcHeadroom.CurrentLimit());
        Assert.Equal(Base, GcHeadroom.CurrentLimit());
    }

    [Fact]
    public void A_limit_as_high_already_is_left_as_it_is()
    {
        using (new GcHeadroom(Base / 2, TimeSpan.FromSeconds(1)).Raise())
            Assert.Equal(Base, GcHeadroom.CurrentLimit());
        Assert.Equal(Base, GcHeadroom.CurrentLimit());
    }

    [Fact]
    public void A_process_without_a_limit_gets_none()
    {
        SetLimit(0);
        using (new GcHeadroom(Raised, TimeSpan.FromSeconds(1)).Raise())
            Assert.Equal(0UL, GcHeadroom.CurrentLimit());
    }

    private static void SetLimit(ulong limit)
    {
        AppContext.SetData("GCHeapHardLimit", limit);
        GC.RefreshMemoryLimit();
    }
}
