using System.Net;
using System.Security.Cryptography;
using System.Text;
using Linkage.Intake.Features.StatusLookup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Intake.Tests;

/// <summary>查询码 kept under the deployment's key (decision 0507): the stored hash is the keyed one, never the plain
/// SHA-256 a leaked row could be reversed from by trying all 10⁸ codes, and another deployment's key gives another hash.</summary>
public sealed class StatusCodeKeyTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    [Fact]
    public async Task The_case_keeps_the_keyed_hash_of_its_code_and_not_the_plain_one()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var (_, submitted) = await clerk.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        var id = Guid.Parse(submitted.Str("id"));
        var (status, issued) = await clerk.CallAsync($"/api/intake/cases/{id}/status-code", null);
        Assert.Equal(HttpStatusCode.OK, status);
        var code = issued.Str("code");

        var keyed = fixture.Host.Services.GetRequiredService<StatusCodeKey>().Hash(id, code);
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}:{code}")));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"Id\" = '{id}' AND \"StatusCodeHash\" = '{keyed}'"));
        Assert.NotEqual(plain, keyed);
    }

    [Fact]
    public void Another_deployment_secret_or_an_own_key_gives_another_hash()
    {
        var id = Guid.CreateVersion7();
        static StatusCodeKey KeyOf(params (string Key, string Value)[] settings) => new(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());
        var one = KeyOf(("Linkage:PersonalIdKey", Convert.ToBase64String(new byte[32])));
        var other = KeyOf(("Linkage:PersonalIdKey", Convert.ToBase64String(Enumerable.Repeat((byte)1, 32).ToArray())));
        var own = KeyOf(("Linkage:PersonalIdKey", Convert.ToBase64String(new byte[32])), ("Linkage:Intake:StatusCodeKey", Convert.ToBase64String(new byte[32])));

        Assert.Equal(one.Hash(id, "12345678"), one.Hash(id, " 12345678 "));
        Assert.NotEqual(one.Hash(id, "12345678"), other.Hash(id, "12345678"));
        Assert.NotEqual(one.Hash(id, "12345678"), own.Hash(id, "12345678"));
        Assert.NotEqual(one.Hash(id, "12345678"), one.Hash(Guid.CreateVersion7(), "12345678"));
    }
}
