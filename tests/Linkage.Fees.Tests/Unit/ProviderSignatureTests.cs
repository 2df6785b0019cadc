using System.Text;
using Linkage.Fees.Features.Pay;

namespace Linkage.Fees.Tests.Unit;

public sealed class ProviderSignatureTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"caseId":"00000000-0000-0000-0000-000000000001","amountFen":100}""");

    [Fact]
    public void The_providers_own_signature_holds_and_a_changed_body_or_key_does_not()
    {
        var signature = new ProviderSignature(Key);
        var signed = signature.Sign(Body);

        Assert.True(signature.Holds(Body, signed));
        Assert.False(signature.Holds(Encoding.UTF8.GetBytes("""{"caseId":"00000000-0000-0000-0000-000000000001","amountFen":1}"""), signed));
        Assert.False(new ProviderSignature([.. Key.Reverse()]).Holds(Body, signed));
        Assert.False(signature.Holds(Body, "not-hex"));
        Assert.False(signature.Holds(Body, null));
    }

    [Fact]
    public void Without_a_key_every_callback_is_refused()
    {
        var unset = new ProviderSignature(null);
        Assert.False(unset.Configured);
        Assert.False(unset.Holds(Body, new ProviderSignature(Key).Sign(Body)));
    }
}
