namespace Linkage.Charts.Tests;

/// <summary>The federation bus in the chart: Dapr pub/sub by default behind the app token, a unique app id and
/// Serves per release and tier, queues named after the release's app id, each trusted peer's event types with their subtrees,
/// and the broker links set by a Job with the upstream URIs from a Secret (decisions 0333, 0334, 0548, 0612).</summary>
[Collection(ChartsCollection.Name)]
public sealed class FederationTests(ChartWorkspace charts)
{
    public static TheoryData<string, string, string> TierIdentities => new()
    {
        { "values-province.yaml", "province-350000", "350000000000" },
        { "values-city.yaml", "city-350900", "350900000000" },
        { "values-county.yaml", "county-350926", "350926000000" },
        { "values-town.yaml", "town-350926100", "350926100000" },
    };

    [Theory, MemberData(nameof(TierIdentities))]
    public void Each_tier_runs_dapr_federation_under_its_own_app_id_and_serves_with_its_key_from_a_secret(string tier, string appId, string serves)
    {
        var r = charts.RenderTier(tier);
        foreach (var module in Rendering.Modules)
        {
            var deployment = r.Get("Deployment", $"linkage-{module}");
            var c = deployment.Container;
            Assert.Equal("dapr", Manifest.Env(c, "Linkage__Federation__Mode"));
            Assert.Equal(appId, Manifest.Env(c, "Linkage__Federation__AppId"));
            Assert.Equal(serves, Manifest.Env(c, "Linkage__Serves"));
            Assert.Equal("<secret>", Manifest.Env(c, $"Linkage__Federation__Signing__Keys__{appId}-1"));
            Assert.Equal("<secret>", Manifest.Env(c, "APP_API_TOKEN"));
            Assert.NotEmpty(Manifest.Text(deployment.PodAnnotations["dapr.io/app-token-secret"]));
        }
        var metadata = r.Get("Component", "pubsub").Body["spec"]!["metadata"]!.AsArray().ToDictionary(m => Manifest.Text(m!["name"]), m => m!);
        Assert.Equal(appId, Manifest.Text(metadata["consumerID"]["value"]));
    }

    [Fact]
    public void The_four_tiers_have_distinct_app_ids_and_a_parent_delegates_its_child_subtree()
    {
        var ids = TierIdentities.Select(t => (string)t[1]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var city = charts.RenderTier("values-city.yaml").Get("Deployment", "linkage-intake").Container;
        Assert.Equal("350926000000", Manifest.Env(city, "Linkage__ServesExcept"));
        Assert.NotNull(Manifest.Env(city, "Linkage__Federation__Trust__county-350926__Speaks"));
    }

    [Fact]
    public void A_middle_tier_relays_up_the_part_of_its_parent_it_does_not_serve_and_the_town_relays_nothing()
    {
        string? Relays(string tier) => Manifest.Env(charts.RenderTier(tier).Get("Deployment", "linkage-intake").Container, "Linkage__Federation__Relays");
        Assert.Equal("350900000000!350926000000", Relays("values-county.yaml"));   // the town's events for the city (0670)
        Assert.Equal("350000000000!350900000000", Relays("values-city.yaml"));
        Assert.Null(Relays("values-town.yaml"));
        Assert.Null(Relays("values-province.yaml"));
    }

    [Theory, MemberData(nameof(TierIdentities))]
    public void Each_trusted_peer_lists_the_event_types_it_may_send(string tier, string appId, string serves)
    {
        var c = charts.RenderTier(tier).Get("Deployment", "linkage-intake").Container;
        const string Prefix = "Linkage__Federation__Trust__", Suffix = "__Speaks";
        var peers = Manifest.EnvNames(c).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length]).ToList();
        Assert.NotEmpty(peers);
        Assert.DoesNotContain(appId, peers);
        Assert.All(peers, peer => Assert.NotEmpty(Manifest.Env(c, $"Linkage__Federation__Trust__{peer}__Sends") ?? ""));
        Assert.All(peers, peer => Assert.NotEqual(serves, Manifest.Env(c, $"Linkage__Federation__Trust__{peer}__Speaks")));
    }

    [Fact]
    public void A_town_sends_cases_up_but_no_catalog_change_or_licence_and_the_county_sends_them_down()
    {
        var fromTown = Types(Sends("values-county.yaml", "town-350926100"));
        Assert.Contains("linkage.intake.case-forwarded.v1", fromTown);
        Assert.Contains("linkage.ratings.rating-relayed.v1", fromTown);
        Assert.Contains("linkage.ratings.follow-up-relayed.v1", fromTown);            // the 追评 goes up, its rectification down (0519)
        Assert.DoesNotContain("linkage.ratings.rectification-changed.v1", fromTown);
        Assert.DoesNotContain("linkage.catalog.matter-changed.v1", fromTown);
        Assert.DoesNotContain("linkage.certificates.certificate-for-station.v1", fromTown);
        Assert.DoesNotContain("linkage.intake.case-status-changed.v1", fromTown);
        var fromCounty = Types(Sends("values-town.yaml", "county-350926"));
        Assert.Contains("linkage.intake.case-status-changed.v1", fromCounty);
        Assert.Contains("linkage.certificates.certificate-for-station.v1", fromCounty);
        Assert.Contains("linkage.catalog.matter-changed.v1", fromCounty);
        Assert.Contains("linkage.ratings.rectification-changed.v1", fromCounty);
        Assert.DoesNotContain("linkage.ratings.follow-up-relayed.v1", fromCounty);
        Assert.Contains("linkage.ratings.rectification-changed.v1", Types(Sends("values-county.yaml", "city-350900")));
        Assert.DoesNotContain("linkage.intake.case-forwarded.v1", fromCounty);
        Assert.Contains("linkage.catalog.matter-changed.v1", Types(Sends("values-city.yaml", "province-350000")));
        Assert.DoesNotContain("linkage.catalog.matter-changed.v1", Types(Sends("values-province.yaml", "city-350900")));
    }

    /// <summary>Decision 0612: the county speaks for the town's divisions only in the roll-ups it relays; its cases,
    /// licences and status changes speak for its own part, the catalog for all it serves.</summary>
    [Fact]
    public void Each_type_a_peer_sends_is_bound_to_its_subtree()
    {
        var countyAtCity = Sends("values-city.yaml", "county-350926");
        Assert.Contains("linkage.intake.case-forwarded.v1@350926000000!350926100000", countyAtCity);
        Assert.Contains("linkage.audit.head-signed.v1@350926000000!350926100000", countyAtCity);
        Assert.Contains("linkage.supervision.counts-rolled-up.v1@350926000000", countyAtCity);
        Assert.Contains("linkage.supervision.state-rolled-up.v1@350926000000", countyAtCity);
        var countyAtTown = Sends("values-town.yaml", "county-350926");
        Assert.Contains("linkage.intake.case-status-changed.v1@350926000000!350926100000", countyAtTown);
        Assert.Contains("linkage.catalog.matter-changed.v1@350926000000", countyAtTown);
        Assert.All(Sends("values-county.yaml", "town-350926100"), entry => Assert.EndsWith("@350926100000", entry));
        foreach (var tier in TierIdentities.Select(t => (string)t[0]))
        {
            var c = charts.RenderTier(tier).Get("Deployment", "linkage-intake").Container;
            foreach (var name in Manifest.EnvNames(c).Where(n => n.EndsWith("__Sends", StringComparison.Ordinal)))
                Assert.All(Manifest.Env(c, name)!.Split(','), entry => Assert.Contains('@', entry));
        }
    }

    private string[] Sends(string tier, string peer) =>
        (Manifest.Env(charts.RenderTier(tier).Get("Deployment", "linkage-intake").Container, $"Linkage__Federation__Trust__{peer}__Sends") ?? "").Split(',');

    private static string[] Types(string[] entries) => [.. entries.Select(e => e.Split('@')[0])];

    [Fact]
    public void Without_an_app_id_a_release_is_named_after_its_namespace_and_release()
    {
        var c = charts.Render().Get("Deployment", "linkage-intake").Container;
        Assert.EndsWith("-linkage", Manifest.Env(c, "Linkage__Federation__AppId"));
        Assert.Equal("dapr", Manifest.Env(c, "Linkage__Federation__Mode"));
        Assert.Null(charts.Render().Find("Job", "linkage-federation-links"));
    }

    [Fact]
    public void The_county_links_its_broker_to_the_city_and_the_town_with_uris_from_a_secret()
    {
        var job = charts.RenderTier("values-county.yaml").Get("Job", "linkage-federation-links");
        var c = job.Container;
        Assert.Equal("<secret>", Manifest.Env(c, "UPSTREAM_CITY"));
        Assert.Equal("<secret>", Manifest.Env(c, "UPSTREAM_TOWN"));
        var script = Manifest.Text(c["args"]![0]);
        Assert.Contains("parameters/federation-upstream/%2F/city", script);
        Assert.Contains("parameters/federation-upstream/%2F/town", script);
        Assert.Contains("max-hops\\\":2", script);
        Assert.Contains("resource-cleanup-mode\\\":\\\"never", script);  // a clean stop keeps the link queue (0499)
        Assert.Contains("policies/%2F/federate-linkage", script);
        Assert.Equal("post-install,post-upgrade", Manifest.Text(job.Body["metadata"]!["annotations"]!["helm.sh/hook"]));
        Assert.DoesNotContain("linkage.out", script);                    // Dapr's sidecar publishes to the type exchanges
        Assert.Contains("\"pattern\":\"^linkage\\\\.\"", script);
    }

    [Fact]
    public void With_the_direct_adapter_the_links_federate_linkage_in_from_each_neighbours_linkage_out()
    {
        var script = Manifest.Text(charts.RenderTier("values-county.yaml", "--set", "federation.mode=rabbitmq")
            .Get("Job", "linkage-federation-links").Container["args"]![0]);
        Assert.Contains("parameters/federation-upstream/%2F/city\" \"{\\\"value\\\":{\\\"uri\\\":\\\"$UPSTREAM_CITY\\\",\\\"exchange\\\":\\\"linkage.out\\\"", script);
        Assert.Contains("exchange\\\":\\\"linkage.out", script[script.IndexOf("%2F/town", StringComparison.Ordinal)..]);
        // one inbound exchange per direction (0686): the parent's link into linkage.in.down, the children's into linkage.in.up
        Assert.Contains("\"pattern\":\"^linkage\\\\.in\\\\.down$\",\"definition\":{\"federation-upstream\":\"city\"}", script);
        Assert.Contains("federation-upstream-set/%2F/children\" '{\"value\":[{\"upstream\":\"town\"}]}'", script);
        Assert.Contains("\"pattern\":\"^linkage\\\\.in\\\\.up$\",\"definition\":{\"federation-upstream-set\":\"children\"}", script);
        Assert.Contains("del \"policies/%2F/federate-linkage\"", script);   // the one linkage.in of 0670 is unlinked
        Assert.DoesNotContain("federation-upstream-set\":\"all", script);
    }

    [Theory]
    [InlineData("values-province.yaml", null, "city")]
    [InlineData("values-town.yaml", "county", null)]
    public void At_the_top_only_children_link_in_and_at_the_bottom_only_the_parent(string values, string? parent, string? child)
    {
        var script = Manifest.Text(charts.RenderTier(values, "--set", "federation.mode=rabbitmq")
            .Get("Job", "linkage-federation-links").Container["args"]![0]);
        Assert.Equal(parent is not null, script.Contains("federate-linkage-down", StringComparison.Ordinal));
        Assert.Equal(child is not null, script.Contains("federate-linkage-up", StringComparison.Ordinal));
        if (parent is not null) Assert.Contains($"\"federation-upstream\":\"{parent}\"", script);
        if (child is not null) Assert.Contains($"[{{\"upstream\":\"{child}\"}}]", script);
    }
}
