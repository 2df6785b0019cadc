using System.Net;
using System.Net.Http.Headers;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;

namespace Linkage.Certificates.Tests.Integration;

public sealed class SigningTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    private const string Centre = "ou-350926-centre";

    [Fact]
    public async Task A_licence_verifies_offline_with_the_published_key_and_fails_once_tampered()
    {
        var certificate = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);
        using var anonymous = fixture.Host.CreateClient();
        var keys = (await anonymous.GetJsonAsync($"/api/certificates/keys/{Centre}")).Items();

        var key = keys.EnumerateArray().Single(k => k.GetProperty("keyId").GetString() == certificate.GetProperty("keyId").GetString());
        Assert.Equal("SM2-with-SM3", key.GetProperty("algorithm").GetString());
        Assert.DoesNotContain("private", keys.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var content = certificate.GetProperty("signedContent").GetString()!;
        var signature = Convert.FromBase64String(certificate.GetProperty("signature").GetString()!);
        var publicKey = key.GetProperty("publicKey").GetString()!;

        Assert.Contains(certificate.GetProperty("identifier").GetString()!, content);
        Assert.True(OfflineVerifier.Verify(publicKey, content, signature));
        Assert.False(OfflineVerifier.Verify(publicKey, content.Replace("陈美华", "陈美芳"), signature));
        signature[5] ^= 0x01;
        Assert.False(OfflineVerifier.Verify(publicKey, content, signature));
    }

    [Fact]
    public async Task The_QR_payload_verifies_and_a_tampered_one_fails()
    {
        var first = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);
        var second = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);
        using var anonymous = fixture.Host.CreateClient();
        var qr = first.GetProperty("qrPayload").GetString()!;

        var verified = await anonymous.GetJsonAsync($"/api/certificates/verify?qr={Uri.EscapeDataString(qr)}");
        Assert.True(verified.GetProperty("signatureValid").GetBoolean());
        Assert.Equal("valid", verified.GetProperty("status").GetString());
        Assert.Equal("陈*华", verified.GetProperty("applicant").GetProperty("name").GetString());

        var seal = qr[(qr.IndexOf('~') + 1)..];
        var flipped = qr[..^2] + (qr[^2] == 'A' ? 'B' : 'A') + qr[^1];
        var moved = second.GetProperty("identifier").GetString() + "~" + seal;
        foreach (var tampered in new[] { flipped, moved })
        {
            var answer = await anonymous.GetJsonAsync($"/api/certificates/verify?qr={Uri.EscapeDataString(tampered)}");
            Assert.False(answer.GetProperty("signatureValid").GetBoolean(), tampered);
        }
        var problem = await anonymous.GetJsonAsync("/api/certificates/verify?qr=not-a-payload", HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("qr", out _), problem.GetRawText());
    }

    [Fact]
    public async Task After_rotation_new_licences_use_the_new_key_and_old_ones_still_verify()
    {
        var before = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);
        using var clerk = fixture.Host.CreateClient("clerk");
        await (await clerk.PostAsync($"/api/certificates/keys/{Centre}/rotation", null)).JsonAsync(HttpStatusCode.NotFound);
        using var admin = AdminOf(fixture.Host, Centre);

        var rotated = await (await admin.PostAsync($"/api/certificates/keys/{Centre}/rotation", null)).JsonAsync(HttpStatusCode.OK);
        var after = await fixture.Host.CertificateOfAsync((await fixture.Cases.PublishAsync()).CaseId);

        Assert.NotEqual(before.GetProperty("keyId").GetString(), after.GetProperty("keyId").GetString());
        Assert.Equal(rotated.GetProperty("keyId").GetString(), after.GetProperty("keyId").GetString());
        using var anonymous = fixture.Host.CreateClient();
        var keys = (await anonymous.GetJsonAsync($"/api/certificates/keys/{Centre}")).Items();
        Assert.Equal(1, keys.EnumerateArray().Count(k => k.GetProperty("active").GetBoolean()));
        foreach (var certificate in new[] { before, after })
        {
            var verified = await anonymous.GetJsonAsync($"/api/certificates/verify/{certificate.GetProperty("identifier").GetString()}");
            Assert.True(verified.GetProperty("signatureValid").GetBoolean());
            var key = keys.EnumerateArray().Single(k => k.GetProperty("keyId").GetString() == certificate.GetProperty("keyId").GetString());
            Assert.True(OfflineVerifier.Verify(key.GetProperty("publicKey").GetString()!, certificate.GetProperty("signedContent").GetString()!,
                Convert.FromBase64String(certificate.GetProperty("signature").GetString()!)));
        }
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM certificates.signing_keys WHERE length(\"EncryptedPrivateKey\") = 32"));
    }

    public static HttpClient AdminOf(LinkageTestHost host, string orgUnit)
    {
        var client = host.CreateClient();
        var user = new DemoUser("centre-admin-350926", "县中心管理员", [Roles.CentreAdmin], "350926000000", orgUnit, null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(user));
        return client;
    }
}
