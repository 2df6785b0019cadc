using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Linkage.Contracts.Intake.V1;

namespace Linkage.Intake.Tests;

/// <summary>Persons by citizen ID, organisations by credit code (with their legal representative, masked, 0672); proxy cases record agent, principal and consent.</summary>
public sealed class ApplicantTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    [Fact]
    public async Task An_organisation_applies_with_its_credit_code_at_the_window()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var (status, body) = await clerk.CallAsync("/api/intake/cases", new
        {
            matterCode = Applications.FoodPermit,
            applicant = new { kind = "organisation", name = "柘荣县美华餐饮有限公司", creditCode = "91350100M000100Y43" },
            materials = Applications.AllMaterials.Select(code => new { code }),
        });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("window", body.Str("channel"));
        Assert.Equal("organisation", body.GetProperty("applicant").Str("kind"));
        Assert.Equal("91350100M000100Y43", body.GetProperty("applicant").Str("maskedId"));
        Assert.Equal("accepted", body.Str("status"));
    }

    [Theory]
    [InlineData("resident", "91350100M000100Y43")]   // a person with no organisation claim
    [InlineData("company", "91350926MA2Y00000D")]    // another organisation than the one the caller acts for
    public async Task Online_an_organisation_applies_only_for_itself(string user, string creditCode)
    {
        using var client = fixture.Host.CreateClient(user);
        var before = await fixture.CountAsync("SELECT count(*) FROM intake.cases");

        var (status, body) = await client.CallAsync("/api/intake/cases", new
        {
            matterCode = Applications.FoodPermit,
            applicant = new { kind = "organisation", name = "某公司", creditCode },
            materials = Applications.AllMaterials.Select(code => new { code }),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["applicant.creditCode"], body.Errors());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));
    }

    [Fact]
    public async Task Online_an_organisation_applies_for_itself_and_follows_its_case()
    {
        using var company = fixture.Host.CreateClient("company");
        var (status, body) = await company.CallAsync("/api/intake/cases", new
        {
            matterCode = Applications.FoodPermit,
            applicant = new { kind = "organisation", name = "柘荣县山海茶业有限公司", creditCode = "91350100m000100y43" },
            materials = Applications.AllMaterials.Select(code => new { code }),
        });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(("online", "91350100M000100Y43"), (body.Str("channel"), body.GetProperty("applicant").Str("maskedId")));
        Assert.Equal(body.Str("caseNumber"), (await company.CaseAsync(body.Str("id"))).Str("caseNumber"));
        using var resident = fixture.Host.CreateClient("resident");
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/api/intake/cases/{body.Str("id")}")).StatusCode);
    }

    [Fact]
    public async Task An_organisations_legal_representative_is_kept_masked_and_as_a_digest_and_a_wrong_one_is_refused_naming_the_field()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        const string RepresentativeId = "11010519491231002X";
        var before = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        foreach (var (applicant, field) in new (object, string)[]
        {
            (Company(new { name = "林美华", idNumber = "110105194912310021" }), "applicant.legalRepresentative.idNumber"),
            (Company(new { name = " ", idNumber = RepresentativeId }), "applicant.legalRepresentative.name"),
            (new { kind = "person", name = "陈美华", idNumber = "350926198503120020", legalRepresentative = new { name = "林美华", idNumber = RepresentativeId } },
                "applicant.legalRepresentative"),                                 // only an organisation has one
        })
        {
            var (refused, problem) = await clerk.CallAsync("/api/intake/cases", new
            {
                matterCode = Applications.FoodPermit, applicant, materials = Applications.AllMaterials.Select(code => new { code }),
            });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
            Assert.Equal([field], problem.Errors());
            Assert.DoesNotContain("11010519491231002", problem.GetRawText());
        }
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));

        var (status, body) = await clerk.CallAsync("/api/intake/cases", new
        {
            matterCode = Applications.FoodPermit, applicant = Company(new { name = "林美华", idNumber = RepresentativeId.ToLowerInvariant() }),
            materials = Applications.AllMaterials.Select(code => new { code }),
        });
        Assert.Equal(HttpStatusCode.Created, status);
        var digest = fixture.Host.DigestOf(RepresentativeId);
        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT count(*) FROM intake.cases WHERE "Id" = '{body.Str("id")}' AND "Applicant_LegalRepresentative"->>'name' = '林美华'
            AND "Applicant_LegalRepresentative"->>'maskedId' = '110105********002X' AND "Applicant_LegalRepresentative"->>'idDigest' = '{digest}'
            """));
        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{body.Str("id")}' AND message_type LIKE '%CaseAccepted%'
            AND payload::text LIKE '%{digest}%'
            AND payload::text NOT LIKE '%{RepresentativeId}%'
            """));                                                                 // it goes on with the case's acceptance, only masked
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Applicant_LegalRepresentative\"::text LIKE '%{RepresentativeId}%'"));
        var shown = (await clerk.CaseAsync(body.Str("id"))).GetProperty("applicant").GetProperty("legalRepresentative");
        Assert.Equal(["name", "maskedId"], shown.EnumerateObject().Select(p => p.Name));      // never the digest
        Assert.Equal(("林美华", "110105********002X"), (shown.Str("name"), shown.Str("maskedId")));
    }

    [Fact]
    public async Task Through_grpc_an_organisations_legal_representative_is_validated_naming_the_field_and_shown_only_masked()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Host.GrpcAddress);
        var intake = new IntakeService.IntakeServiceClient(channel);
        var clerk = new Metadata { { "Authorization", $"Bearer {fixture.Host.TokenFor("clerk")}" } };
        const string RepresentativeId = "11010519491231002X";
        var before = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        foreach (var (representative, field) in new (LegalRepresentative, string)[]
        {
            (new() { Name = "林美华", IdNumber = "110105194912310021" }, "applicant.legalRepresentative.idNumber"),
            (new() { IdNumber = RepresentativeId }, "applicant.legalRepresentative.name"),
        })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => intake.SubmitCaseAsync(GrpcCompany(representative), clerk).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
            Assert.Equal(field, refused.Trailers.GetValue("invalid-fields"));
            Assert.DoesNotContain("11010519491231002", refused.Status.Detail);
        }
        var person = GrpcCompany(new() { Name = "林美华", IdNumber = RepresentativeId });
        (person.Applicant.Kind, person.Applicant.IdNumber, person.Applicant.CreditCode) = ("person", "350926198503120020", "");
        var notAnOrganisation = await Assert.ThrowsAsync<RpcException>(() => intake.SubmitCaseAsync(person, clerk).ResponseAsync);
        Assert.Equal("applicant.legalRepresentative", notAnOrganisation.Trailers.GetValue("invalid-fields"));
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));

        var created = await intake.SubmitCaseAsync(GrpcCompany(new() { Name = "林美华", IdNumber = RepresentativeId }), clerk);
        var read = await intake.GetCaseAsync(new GetCaseRequest { Id = created.Id }, clerk);
        Assert.Equal(new LegalRepresentative { Name = "林美华", MaskedId = "110105********002X" }, read.Applicant.LegalRepresentative);
        Assert.Equal(read.Applicant.LegalRepresentative, created.Applicant.LegalRepresentative);
        Assert.Equal(1, await fixture.CountAsync($"""
            SELECT count(*) FROM intake.cases WHERE "Id" = '{created.Id}'
            AND "Applicant_LegalRepresentative"->>'idDigest' = '{fixture.Host.DigestOf(RepresentativeId)}'
            """));
    }

    private static SubmitCaseRequest GrpcCompany(LegalRepresentative representative) => new()
    {
        MatterCode = Applications.FoodPermit,
        Applicant = new Applicant { Kind = "organisation", Name = "柘荣县美华餐饮有限公司", CreditCode = "91350100M000100Y43", LegalRepresentative = representative },
        Materials = { Applications.AllMaterials.Select(code => new MaterialInput { Code = code }) },
    };

    private static object Company(object legalRepresentative) =>
        new { kind = "organisation", name = "柘荣县美华餐饮有限公司", creditCode = "91350100M000100Y43", legalRepresentative };

    [Fact]
    public async Task An_invalid_credit_code_is_refused_naming_the_field()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var before = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        var (status, body) = await clerk.CallAsync("/api/intake/cases", new
        {
            matterCode = Applications.FoodPermit,
            applicant = new { kind = "organisation", name = "某公司", creditCode = "91350100M000100Y44" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("applicant.creditCode", body.Errors());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));
    }

    [Fact]
    public async Task A_proxy_case_records_the_agent_and_the_consenting_principal()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var (status, body) = await agent.CallAsync("/api/intake/cases", Applications.FoodPermitFor());

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("林秀英（溪坪村代办员）", body.Str("agentName"));
        Assert.Equal("陈美华", body.GetProperty("applicant").Str("name"));
        var id = body.Str("id");
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.cases WHERE \"Id\" = '{id}' AND \"Agent_Subject\" = 'agent' AND \"Agent_PrincipalConsented\""));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM intake.outbox_messages WHERE aggregate_id = '{id}' AND message_type LIKE '%CaseSubmitted%'"));
    }

    [Fact]
    public async Task A_matter_that_cannot_be_taken_by_proxy_is_refused_at_the_station()
    {
        using var agent = fixture.Host.CreateClient("agent");
        var (status, body) = await agent.CallAsync("/api/intake/cases", new
        {
            matterCode = "000122002000",
            applicant = new { kind = "person", name = "陈美华", idNumber = Applications.ResidentId },
            principalConsent = true,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("matterCode", body.Errors());
    }
}
