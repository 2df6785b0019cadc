using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0721: one SM2 signature per outbox round, over the SM3 Merkle root of its events' contents; each
/// event carries its path and is verified alone, the root once.</summary>
public sealed class RoundSignatureTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(500)]
    public void Every_event_of_a_round_verifies_alone_and_the_round_costs_one_verification(int size)
    {
        var (trust, app) = Trust();
        using var verifies = new Sm2Count(app);
        var round = TestSigner.Other.SignRound(Events(size));

        Assert.Single(round.Select(e => e.Signature).Distinct());
        Assert.All(round, e => Assert.Null(trust.Verify(e)));
        Assert.Equal(1, verifies.Verifies);
        if (size == 1) Assert.Equal("0/1:", round[0].SignaturePath);
        Assert.Equal(round.Select((_, i) => $"{i}/{size}:"), round.Select(e => e.SignaturePath![..(e.SignaturePath!.IndexOf(':') + 1)]));
    }

    [Fact]
    public void A_tampered_event_of_a_signed_round_is_refused_and_its_siblings_verify()
    {
        var (trust, _) = Trust();
        var round = TestSigner.Other.SignRound(Events(9));
        var tampered = round[4] with { Data = JsonSerializer.SerializeToElement(CloudEvents.Probe("forged")) };

        Assert.Equal("signature does not verify with other-1 over the root its path leads to", trust.Verify(tampered));
        Assert.All(round, e => Assert.Null(trust.Verify(e)));
        Assert.NotNull(trust.Verify(round[3] with { Sequence = 2 }));
    }

    [Fact]
    public void A_path_of_the_wrong_length_or_form_is_refused_before_any_verification()
    {
        var (trust, app) = Trust();
        using var verifies = new Sm2Count(app);
        var e = TestSigner.Other.SignRound(Events(5))[2]; // leaf 2 of 5: siblings leaf 3, node 0–1, leaf 4 gone up alone
        var h = e.SignaturePath![(e.SignaturePath!.IndexOf(':') + 1)..].Split(',');
        Assert.Equal(3, h.Length);

        Assert.Equal("signature path has 2 hashes; leaf 2 of 5 needs 3", trust.Verify(e with { SignaturePath = $"2/5:{h[0]},{h[1]}" }));
        Assert.Equal("signature path has 4 hashes; leaf 2 of 5 needs 3", trust.Verify(e with { SignaturePath = $"2/5:{h[0]},{h[1]},{h[2]},{h[2]}" }));
        Assert.Equal("signature path has 3 hashes; leaf 2 of 3 needs 1", trust.Verify(e with { SignaturePath = $"2/3:{h[0]},{h[1]},{h[2]}" }));
        Assert.Equal("signature path has 3 hashes; leaf 0 of 1 needs 0", trust.Verify(e with { SignaturePath = $"0/1:{h[0]},{h[1]},{h[2]}" }));
        Assert.Equal("signature path is not index/count:hashes", trust.Verify(e with { SignaturePath = $"5/5:{h[0]},{h[1]},{h[2]}" }));
        Assert.Equal("signature path is not index/count:hashes", trust.Verify(e with { SignaturePath = $"{h[0]},{h[1]},{h[2]}" }));
        Assert.Equal("signature path has a hash that is not an SM3 digest",
            trust.Verify(e with { SignaturePath = $"2/5:{h[0]},{h[1]},{Convert.ToBase64String(new byte[31])}" }));
        Assert.Equal(0, verifies.Verifies);
        // the right length, a position swapped: another root, which no signature covers
        Assert.Equal("signature does not verify with other-1 over the root its path leads to",
            trust.Verify(e with { SignaturePath = $"3/5:{h[0]},{h[1]},{h[2]}" }));
        Assert.Null(trust.Verify(e));
    }

    [Fact]
    public void A_root_signed_by_another_deployment_is_refused()
    {
        var (trust, _) = Trust();
        var stranger = TestSigner.Stranger.SignRound(Events(4));
        var county = TestSigner.County.SignRound(Events(4));

        Assert.Equal("unknown signer 'stranger'", trust.Verify(stranger[1]));
        // the county's key signed the root; the events claim the other deployment's key
        Assert.Equal("signature does not verify with other-1 over the root its path leads to",
            trust.Verify(county[1] with { Signer = "other", SignatureKeyId = "other-1" }));
        // re-rooted: the events re-hashed under the other deployment's name, the county's signature kept
        var posing = TestSigner.Other.SignRound(county);
        Assert.Equal("signature does not verify with other-1 over the root its path leads to",
            trust.Verify(posing[1] with { Signature = county[1].Signature }));
        Assert.All(county, e => Assert.Null(trust.Verify(e)));
    }

    [Fact]
    public void A_verified_root_lets_no_event_through_whose_own_path_does_not_lead_to_it()
    {
        var (trust, app) = Trust();
        var round = TestSigner.Other.SignRound(Events(6));
        Assert.Null(trust.Verify(round[0])); // the root is now known
        using var verifies = new Sm2Count(app);

        var forged = round[1] with { Data = JsonSerializer.SerializeToElement(CloudEvents.Probe("forged")) };
        var borrowed = round[1] with { SignaturePath = round[0].SignaturePath }; // a sibling's path, signature and root
        var foreign = TestSigner.Other.SignAlone(Events(1)[0]) with { Signature = round[0].Signature, SignaturePath = round[0].SignaturePath };
        var reSigned = round[1] with { Signature = Convert.ToBase64String(new byte[64]) }; // the known root, another signature

        Assert.NotNull(trust.Verify(forged));
        Assert.NotNull(trust.Verify(borrowed));
        Assert.NotNull(trust.Verify(foreign));
        Assert.NotNull(trust.Verify(reSigned));
        Assert.Equal(4, verifies.Verifies); // none of them was taken from the cache
        Assert.All(round.Skip(1), e => Assert.Null(trust.Verify(e)));
        Assert.Equal(4, verifies.Verifies);
    }

    /// <summary>A sender before 0721 (a rolling upgrade, an event waiting in a link queue or in quarantine) signed each
    /// event alone: still accepted, one verification each; neither form passes as the other.</summary>
    [Fact]
    public void An_event_signed_alone_by_a_sender_before_the_change_still_verifies_and_neither_form_passes_as_the_other()
    {
        var (trust, app) = Trust();
        using var verifies = new Sm2Count(app);
        var alone = TestSigner.Other.SignAlone(Events(1)[0]);
        var rooted = TestSigner.Other.Sign(Events(1)[0]);

        Assert.Null(trust.Verify(alone));
        Assert.Null(trust.Verify(rooted));
        Assert.Equal("signature does not verify with other-1", trust.Verify(rooted with { SignaturePath = null }));
        Assert.NotNull(trust.Verify(alone with { SignaturePath = "0/1:" }));
        Assert.Equal(4, verifies.Verifies);
    }

    [Fact]
    public void A_round_signed_with_the_previous_key_verifies_while_that_key_is_published()
    {
        var previous = TestSigner.Create(TestSigner.Other.AppId, "other-0");
        var (trust, _) = Trust(previous);
        var round = previous.SignRound(Events(3));

        Assert.All(round, e => Assert.Null(trust.Verify(e)));
        Assert.Equal("unknown key 'other-0' of other", Trust().Trust.Verify(round[0]));
    }

    private static List<FederationEvent> Events(int count) => Enumerable.Range(1, count).Select(i => new FederationEvent
    {
        Id = Guid.NewGuid().ToString(), Source = "/linkage/other", Type = "linkage.probe.v1", Subject = $"case-{i}",
        Time = DateTimeOffset.UtcNow, Data = JsonSerializer.SerializeToElement(CloudEvents.Probe($"k{i}")),
        TargetDivision = "330102001000", Sequence = 1,
    }).ToList();

    private static (FederationTrust Trust, string App) Trust(TestSigner? alsoTrusted = null)
    {
        var app = $"city-{Guid.NewGuid():N}";
        var settings = TestSigner.TrustSettings();
        if (alsoTrusted is not null)
            settings[$"Linkage:Federation:Trust:{alsoTrusted.AppId}:Keys:{alsoTrusted.KeyId}"] = Convert.ToBase64String(alsoTrusted.PublicKey);
        settings["Linkage:Federation:AppId"] = app;
        settings["Linkage:PersonalIdKey"] = Convert.ToBase64String(new byte[32]);
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = FederationOptions.From(config);
        return (new FederationTrust(config, options, new FederationKeys(config, options.AppId)), app);
    }

    /// <summary>The SM2 verifications counted (<c>linkage.federation.sm2</c>) for one receiver's app id.</summary>
    private sealed class Sm2Count : IDisposable
    {
        private readonly MeterListener listener = new();
        private int verifies;

        public Sm2Count(string app)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "linkage.federation.sm2") l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                string? of = null, operation = null;
                foreach (var tag in tags)
                {
                    if (tag.Key == "app") of = tag.Value as string;
                    if (tag.Key == "operation") operation = tag.Value as string;
                }
                if (of == app && operation == "verify") Interlocked.Add(ref verifies, (int)value);
            });
            listener.Start();
        }

        public int Verifies => Volatile.Read(ref verifies);

        public void Dispose() => listener.Dispose();
    }
}
