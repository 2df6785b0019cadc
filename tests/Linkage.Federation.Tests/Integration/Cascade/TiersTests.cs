using System.Text.Json;
using Linkage.Federation.Tests.Infrastructure;
using Linkage.Testing;
using static Linkage.Federation.Tests.Api;

namespace Linkage.Federation.Tests;

/// <summary>五级联动 across separate deployments: a village case goes up to the county through the brokers' links,
/// is decided there, and comes back down to the station's own copy (a supplement request and an extension too, and a
/// supply at the station goes up); a cut link stores and forwards, exactly once and
/// in order (decisions 0330–0334); the licence goes down to the station, is printed and handed over there, and the
/// county records the delivery (0625), and the station's own case shows it handed over (0658).</summary>
[Collection(TiersCollection.Name)]
public sealed class TiersTests(Tiers tiers)
{
    private static readonly TimeSpan Crossing = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_village_case_for_a_county_matter_is_decided_at_the_county_and_the_station_copy_completes_with_the_licence()
    {
        var caseId = await SubmitAtStationAsync(tiers.Town.Host);
        Assert.Equal("Accepted", await StatusAsync(tiers.Town.Host, caseId));

        await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, caseId), Crossing);
        Assert.Null(await StatusAsync(tiers.City.Host, caseId));                 // the city relays, it does not take it over
        await ApproveAtCountyAsync(tiers.County.Host, caseId);

        var atCounty = await tiers.County.Host.Eventually(() => CertificateAsync(tiers.County.Host, caseId), Crossing);
        var station = await tiers.Town.Host.Eventually(async () =>
        {
            var c = await CaseAsync(tiers.Town.Host, "agent", caseId);
            return CertificateOf(c) is not null && c.GetProperty("status").GetString() == "completed" ? (System.Text.Json.JsonElement?)c : null;
        }, Crossing);
        Assert.Equal(atCounty, CertificateOf(station!.Value));
        Assert.Equal("approved", station.Value.GetProperty("outcome").GetString());
        await AssertNothingQuarantinedAsync();
    }

    [Fact]
    public async Task The_licence_goes_down_is_printed_and_handed_over_at_the_station_and_the_county_records_the_delivery()
    {
        var caseId = await SubmitAtStationAsync(tiers.Town.Host);
        await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, caseId), Crossing);
        await ApproveAtCountyAsync(tiers.County.Host, caseId);
        var identifier = (await tiers.County.Host.Eventually(() => CertificateAsync(tiers.County.Host, caseId), Crossing))!;

        using var agent = tiers.Town.Host.CreateClient("agent");                 // at the town's gateway
        var pdf = (await tiers.Town.Host.Eventually(() => StationLicence.PrintAsync(agent, identifier), Crossing))!;
        var text = await PdfInspection.TextAsync(pdf);
        foreach (var expected in new[] { "陈美华", "350926********0020", identifier, "有效期限" }) Assert.Contains(expected, text);
        Assert.DoesNotContain(StationLicence.HolderId, text);
        var qr = Assert.Single(await PdfInspection.QrCodesAsync(pdf));
        foreach (var host in new[] { tiers.Town.Host, tiers.County.Host })
        {
            var verified = await StationLicence.VerifyAsync(host, qr);             // the copy verifies as the original does
            Assert.Equal(identifier, verified.GetProperty("identifier").GetString());
            Assert.True(verified.GetProperty("signatureValid").GetBoolean());
        }

        Assert.Equal(identifier, await tiers.Town.Host.Eventually(async () => CertificateOf(await CaseAsync(tiers.Town.Host, "agent", caseId)), Crossing));
        var notice = string.Concat((await PdfInspection.TextAsync(await StationLicence.ResultNoticeAsync(agent, caseId)))
            .Where(ch => !char.IsWhiteSpace(ch)));                                  // 办结通知书; a long identifier wraps
        foreach (var expected in new[] { "办结通知书", "予以许可", identifier, "350926********0020" }) Assert.Contains(expected, notice);

        using var otherStation = StationLicence.Client(tiers.Town.Host, StationLicence.OtherStationAgent);
        Assert.Null(await StationLicence.PrintAsync(otherStation, identifier));
        var refused = await (await StationLicence.HandOverAsync(otherStation, identifier, StationLicence.HolderId)).JsonAsync(System.Net.HttpStatusCode.NotFound);
        Assert.Equal(404, refused.GetProperty("status").GetInt32());
        var wrongId = await (await StationLicence.HandOverAsync(agent, identifier, "350926198001010016")).JsonAsync(System.Net.HttpStatusCode.UnprocessableEntity);
        Assert.True(wrongId.GetProperty("errors").TryGetProperty("idNumber", out _));
        Assert.Equal("arranged", await StationLicence.DeliveryStatusAsync(agent, identifier));   // nothing changed

        var delivered = await (await StationLicence.HandOverAsync(agent, identifier, StationLicence.HolderId)).JsonAsync(System.Net.HttpStatusCode.OK);
        Assert.Equal("delivered", delivered.GetProperty("status").GetString());
        using var countySupervisor = tiers.County.Host.CreateClient("supervisor-county");
        await tiers.County.Host.Eventually(async () => await StationLicence.DeliveryStatusAsync(countySupervisor, identifier) == "delivered", Crossing);
        await tiers.County.Host.Eventually(async () => await CountAsync(tiers.County.Host, """
            SELECT count(*) FROM supervision.milestones WHERE "CaseId" = @id AND "Kind" = 'Delivery' AND "DoneAt" IS NOT NULL
            AND "Outcome" = 'village-station'
            """, caseId) == 1, Crossing);
        Assert.Equal(1, await CountAsync(tiers.County.Host, """
            SELECT count(*) FROM audit.audit_log WHERE action = 'certificate.delivery-delivered' AND target_id = @id
            AND actor_org_unit = 'ou-350926100201-station' AND detail->>'recipient' = '350926********0020'
            """, identifier));                                                  // the ID crossed only masked

        var collected = (await tiers.Town.Host.Eventually(async () =>
            (await CaseAsync(tiers.Town.Host, "agent", caseId)).TryGetProperty("certificateDelivery", out var d)
                ? d : (JsonElement?)null, Crossing))!.Value;                     // the station's own case shows 已领取 (0658)
        Assert.Equal((identifier, "village-station", "350926********0020", "林秀英（溪坪村代办员）"),
            (collected.GetProperty("identifier").GetString(), collected.GetProperty("method").GetString(),
                collected.GetProperty("recipientMaskedId").GetString(), collected.GetProperty("byName").GetString()));
        Assert.Equal(delivered.GetProperty("deliveredAt").GetDateTimeOffset(), collected.GetProperty("at").GetDateTimeOffset());
        var handedNotice = string.Concat((await PdfInspection.TextAsync(await StationLicence.ResultNoticeAsync(agent, caseId)))
            .Where(ch => !char.IsWhiteSpace(ch)));
        Assert.Contains("已领取", handedNotice);
        Assert.DoesNotContain(StationLicence.HolderId, handedNotice);
        var again = await (await StationLicence.HandOverAsync(agent, identifier, StationLicence.HolderId)).JsonAsync(System.Net.HttpStatusCode.Conflict);
        Assert.Equal("status", again.GetProperty("field").GetString());
        Assert.Equal(1, await CountAsync(tiers.Town.Host,
            "SELECT count(*) FROM certificates.outbox_messages WHERE kind = 'federation' AND subject = @id", identifier)); // went up once
        await AssertNothingQuarantinedAsync();
    }

    [Fact]
    public async Task A_supplement_is_answered_at_the_station_up_to_the_county_and_an_extension_moves_the_stations_due_date()
    {
        var caseId = await SubmitAtStationAsync(tiers.Town.Host);
        await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, caseId), Crossing);

        await ActAtCountyAsync(tiers.County.Host, "reviewer-scjg", caseId, new
        {
            decision = "request-supplement", reason = "健康证明已过期", materials = new[] { new { code = "health-certificate", name = "健康证明" } },
        });
        await tiers.Town.Host.Eventually(async () => await StatusAsync(tiers.Town.Host, caseId) == "AwaitingSupplement", Crossing);
        Assert.Equal("AwaitingSupplement", await StatusAsync(tiers.County.Host, caseId));

        await SupplyAtStationAsync(tiers.Town.Host, caseId, "health-certificate");   // 补正 at the village station
        Assert.Equal("Accepted", await StatusAsync(tiers.Town.Host, caseId));
        await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, caseId) == "Accepted", Crossing);
        await tiers.County.Host.Eventually(async () => await CountAsync(tiers.County.Host,
            """SELECT count(*) FROM approval.review_cases WHERE "Id" = @id AND "ClockStopKind" IS NULL""", caseId) == 1, Crossing);

        var due = await DueDateAsync(tiers.County.Host, caseId);
        await ActAtCountyAsync(tiers.County.Host, "reviewer-wsjk", caseId, new { decision = "extend", workingDays = 15, reason = "需现场核查" });
        var moved = await tiers.County.Host.Eventually(async () => await DueDateAsync(tiers.County.Host, caseId) is { } d && d > due ? d : (DateOnly?)null, Crossing);
        var station = await tiers.Town.Host.Eventually(async () =>
        {
            var c = await CaseAsync(tiers.Town.Host, "agent", caseId);
            return c.GetProperty("dueDate").GetString() == moved!.Value.ToString("yyyy-MM-dd") ? (System.Text.Json.JsonElement?)c : null;
        }, Crossing);
        Assert.Equal("accepted", station!.Value.GetProperty("status").GetString());
        await AssertNothingQuarantinedAsync();
    }

    [Fact]
    public async Task A_cut_link_stores_and_forwards_every_event_exactly_once_and_in_order_across_a_broker_restart()
    {
        var decided = new[] { await SubmitAtStationAsync(tiers.Town.Host), await SubmitAtStationAsync(tiers.Town.Host) };
        foreach (var id in decided) await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, id), Crossing);

        Guid[] forwarded = [];
        await Tiers.WhileCutAsync(tiers.County, tiers.Town, async () =>
        {
            foreach (var id in decided) await ApproveAtCountyAsync(tiers.County.Host, id);
            forwarded = [await SubmitAtStationAsync(tiers.Town.Host), await SubmitAtStationAsync(tiers.Town.Host)];
            foreach (var id in decided)
                await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, id) == "Completed", Crossing);
            await tiers.County.Node.StopAsync();                                // the county's broker restarts during the cut
            await tiers.County.Node.StartAsync();
            foreach (var id in decided) Assert.Equal("Accepted", await StatusAsync(tiers.Town.Host, id));
            foreach (var id in forwarded) Assert.Null(await StatusAsync(tiers.County.Host, id));
        });
        foreach (var id in forwarded) await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, id), Crossing);
        foreach (var id in decided)
            await tiers.Town.Host.Eventually(async () =>
                CertificateOf(await CaseAsync(tiers.Town.Host, "agent", id)), Crossing);

        foreach (var id in decided)
        {
            Assert.Equal("Completed", await StatusAsync(tiers.Town.Host, id));
            // Each status once, numbered 1 and 2 in either order (the certificate may be recorded before the completion).
            // A third row, numbered like another, was the loser of two one-batch deliveries racing on the case's row
            // version before 0618, committed without its change (docs/faults.md): the rows name themselves if it returns.
            var sent = await StringsAsync(tiers.County.Host, """
                SELECT concat(payload->>'status', ' #', payload->>'sequence') FROM intake.outbox_messages
                WHERE kind = 'federation' AND subject = @id ORDER BY sequence
                """, id.ToString());
            Assert.Equal(new[] { "certificate-issued", "completed" }, sent.Select(r => r.Split(' ')[0]).Order());
            Assert.Equal(new[] { "#1", "#2" }, sent.Select(r => r.Split(' ')[1]).Order());
            Assert.Equal(2, await CountAsync(tiers.County.Host, """SELECT "FederationSequence" FROM intake.cases WHERE "Id" = @id""", id));
            Assert.Equal(await CertificateAsync(tiers.County.Host, id), CertificateOf(await CaseAsync(tiers.Town.Host, "agent", id)));
        }
        var applied = await CountAsync(tiers.Town.Host,
            "SELECT count(*) FROM intake.inbox_messages WHERE consumer LIKE '%CaseStatusChangedHandler'");
        var sequenced = await CountAsync(tiers.Town.Host,
            "SELECT count(*) FROM intake.inbox_messages WHERE consumer = 'federation#sequence'");
        Assert.True(applied >= 4);
        Assert.Equal(applied, sequenced);                                      // each applied once, each at its own number
        await AssertNothingQuarantinedAsync();
    }

    [Fact]
    public async Task The_county_supervision_figures_roll_up_to_the_city_by_child_region_once_across_a_cut_link_and_a_broker_restart()
    {
        var before = await Api.CountAsync(tiers.County.Host, """SELECT count(*) FROM supervision.cases WHERE "Status" = 'Completed'""");
        var first = new[] { await SubmitAtStationAsync(tiers.Town.Host), await SubmitAtStationAsync(tiers.Town.Host) };
        await DecideAtCountyAsync(first);
        await SupervisedAsCompletedAsync(before + 2);
        var county = await CityMatchesCountyAsync();
        Assert.True(county.Completed >= 2);

        RollUp.Counted during = county;
        await Tiers.WhileCutAsync(tiers.City, tiers.County, async () =>
        {
            await tiers.County.Node.StopAsync();                                // the county's broker restarts during the cut
            await tiers.County.Node.StartAsync();
            await DecideAtCountyAsync([await SubmitAtStationAsync(tiers.Town.Host), await SubmitAtStationAsync(tiers.Town.Host)]);
            await SupervisedAsCompletedAsync(before + 4);
            during = await RollUp.CountyOwnAsync(tiers.County.Host);
            Assert.True(during.Completed > county.Completed);
            Assert.True((await RollUp.CityByChildRegionAsync(tiers.City.Host)).Completed < during.Completed); // cut: not arrived
        });
        Assert.True((await CityMatchesCountyAsync()).Completed >= during.Completed);
        Assert.Equal(await RollUp.StatsCompletedAsync(tiers.County.Host, "supervisor-county", RollUp.County),
            await RollUp.StatsCompletedAsync(tiers.City.Host, "supervisor-city", RollUp.City)); // /stats adds the rolled-up rows
        Assert.Equal(0, await Api.CountAsync(tiers.City.Host,
            """SELECT count(*) FROM supervision.daily_counts WHERE "HandlingDivision" LIKE '350926%' AND "RolledUpFrom" = ''"""));
        Assert.Equal(0, await Api.CountAsync(tiers.City.Host, "SELECT count(*) FROM supervision.cases WHERE \"HandlingDivision\" LIKE '350926%'"));

        await RollUp.IssueOrderAtCountyAsync(tiers.County.Host, first[0]); // 督办 state rolls up too (decision 0526)
        var awaiting = await RollUp.CountyOrdersAwaitingAsync(tiers.County.Host);
        Assert.True(awaiting >= 1);
        await tiers.City.Host.Eventually(async () => await RollUp.CityOrdersAwaitingAsync(tiers.City.Host) == awaiting, Crossing);
        Assert.Equal(0, await Api.CountAsync(tiers.City.Host, "SELECT count(*) FROM supervision.orders"));
        await AssertNothingQuarantinedAsync();
    }

    /// <summary>Waits until the city's row for the county equals the county's own figures, and returns them.</summary>
    private Task<RollUp.Counted> CityMatchesCountyAsync() => tiers.City.Host.Eventually(async () =>
    {
        var county = await RollUp.CountyOwnAsync(tiers.County.Host);
        return await RollUp.CityByChildRegionAsync(tiers.City.Host) == county ? county : null;
    }, Crossing);

    private async Task DecideAtCountyAsync(Guid[] cases)
    {
        foreach (var id in cases) await tiers.County.Host.Eventually(async () => await StatusAsync(tiers.County.Host, id), Crossing);
        foreach (var id in cases) await ApproveAtCountyAsync(tiers.County.Host, id);
    }

    private Task SupervisedAsCompletedAsync(long completed) => tiers.County.Host.Eventually(async () =>
        await Api.CountAsync(tiers.County.Host, """SELECT count(*) FROM supervision.cases WHERE "Status" = 'Completed'""") >= completed, Crossing);

    private async Task AssertNothingQuarantinedAsync()
    {
        foreach (var tier in new[] { tiers.City, tiers.County, tiers.Town })
            Assert.Equal(0, await tier.Node.QueuedAsync($"{tier.Id.AppId}-quarantine"));
    }
}
