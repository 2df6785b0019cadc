namespace Linkage.Messaging.Tests.Unit;

/// <summary>An outbox row's stored type name (decision 0815): built once per type, the same text as before, and
/// resolved back to the type.</summary>
public sealed class MessageTypesTests
{
    private sealed record NamedProbe(string Text);

    [Fact]
    public void A_types_name_is_built_once_and_resolves_back_to_the_type()
    {
        var first = MessageTypes.NameOf(typeof(NamedProbe));
        var second = MessageTypes.NameOf(typeof(NamedProbe));

        Assert.Equal($"{typeof(NamedProbe).FullName}, Linkage.Messaging.Tests", first);
        Assert.Same(first, second);
        Assert.Equal(typeof(NamedProbe), MessageTypes.Resolve(first));
        Assert.NotEqual(first, MessageTypes.NameOf(typeof(string)));
    }
}
