using System.Text.Json;
using System.Text.RegularExpressions;
using Linkage.Certificates.Persistence;
using Linkage.Kernel;
using Linkage.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>The issuer's serials reserved per group of issuances (decision 0518): unique, consecutive while nothing
/// fails, kept by a redelivery, and the identifier's format as before.</summary>
public sealed partial class IssuerSerialTests(CertificatesHostFixture fixture) : IClassFixture<CertificatesHostFixture>
{
    [Fact]
    public async Task Many_certificates_of_one_issuer_issued_at_once_get_unique_consecutive_serials_in_the_same_format()
    {
        const int count = 40;
        var licence = fixture.Cases.Implementation.Licence;
        var before = await LastSerialAsync(licence.IssuerCreditCode);
        var cases = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => fixture.Cases.PublishAsync()));
        var issued = await Task.WhenAll(cases.Select(c => fixture.Host.CertificateOfAsync(c.CaseId)));

        var serials = issued.Select(SerialOf).Order().ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(i => before + i), serials);
        Assert.Equal(before + count, await LastSerialAsync(licence.IssuerCreditCode));
        foreach (var certificate in issued)
        {
            var identifier = certificate.GetProperty("identifier").GetString()!;
            var issuedOn = DateOnly.Parse(certificate.GetProperty("issuedOn").GetString()!);
            Assert.Matches(IdentifierFormat(), identifier);
            Assert.Equal(LicenceIdentifier.Create(licence.TypeCode, licence.IssuerCreditCode, SerialOf(certificate), 1).ToString(), identifier);
            Assert.Equal($"{issuedOn.Year:D4}{SerialOf(certificate):D8}", certificate.GetProperty("number").GetString());
        }
    }

    [Fact]
    public async Task A_redelivered_issuance_keeps_its_number_and_takes_no_serial()
    {
        var messageId = Guid.NewGuid();
        var approved = await fixture.Cases.PublishAsync(messageId: messageId);
        var first = await fixture.Host.CertificateOfAsync(approved.CaseId);
        var issuer = fixture.Cases.Implementation.Licence.IssuerCreditCode;
        var last = await LastSerialAsync(issuer);

        var repeatId = Guid.NewGuid();
        await fixture.Cases.PublishAsync(approved, messageId);
        await fixture.Cases.PublishAsync(approved, repeatId);
        await fixture.Host.Eventually(async () => await fixture.CountAsync(
            "SELECT count(*) FROM certificates.inbox_messages WHERE message_id = $1 AND consumer LIKE '%.CaseApprovedConsumer'", repeatId) == 1);

        var again = await fixture.Host.CertificateOfAsync(approved.CaseId);
        Assert.Equal(first.GetProperty("identifier").GetString(), again.GetProperty("identifier").GetString());
        Assert.Equal(first.GetProperty("number").GetString(), again.GetProperty("number").GetString());
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM certificates.certificates WHERE \"CaseId\" = $1", approved.CaseId));
        Assert.Equal(last, await LastSerialAsync(issuer));
    }

    [Fact]
    public async Task Issuances_that_ask_while_the_counter_is_held_wait_in_process_and_share_one_reservation()
    {
        const string issuer = "12350926MB0000001X";
        const int count = 20;
        var reservations = fixture.Host.Services.GetRequiredService<SerialReservations>();
        string appConnection;
        using (var scope = fixture.Host.Services.CreateScope())
            appConnection = scope.ServiceProvider.GetRequiredService<CertificatesDbContext>().Database.GetConnectionString()!;
        await using var holder = new NpgsqlConnection(fixture.Host.ConnectionString);
        await holder.OpenAsync();
        await ExecuteAsync(holder, null, "INSERT INTO certificates.issuer_serials (\"IssuerCreditCode\", \"LastSerial\") VALUES ($1, 100)", issuer);
        await using var held = await holder.BeginTransactionAsync();
        await ExecuteAsync(holder, held, "SELECT 1 FROM certificates.issuer_serials WHERE \"IssuerCreditCode\" = $1 FOR UPDATE", issuer);
        var reservedBefore = reservations.Reservations;

        Task<long> Ask() => reservations.NextAsync(appConnection, issuer, CancellationToken.None);
        var asked = new List<Task<long>> { Ask() };
        await fixture.Host.Eventually(async () => await BackendsWaitingOnLocksAsync() == 1); // its reservation waits on the row
        asked.AddRange(Enumerable.Range(1, count - 1).Select(_ => Ask()));
        Assert.Equal(1, await BackendsWaitingOnLocksAsync());
        await held.CommitAsync();
        var serials = await Task.WhenAll(asked);

        Assert.Equal(Enumerable.Range(101, count).Select(i => (long)i), serials.Order());
        Assert.Equal(2, reservations.Reservations - reservedBefore); // the first alone, then the 19 that waited behind it
        Assert.Equal(100 + count, await LastSerialAsync(issuer));
    }

    /// <summary>GB/T 36904: the prefix, the 21-character type code, the 18-character issuer, the serial, version 001
    /// and the check character.</summary>
    [GeneratedRegex(@"^1\.2\.156\.3005\.2\.[0-9A-Z]{21}\.[0-9A-Z]{18}\.[1-9][0-9]*\.001\.[0-9A-Z]$")]
    private static partial Regex IdentifierFormat();

    private static long SerialOf(JsonElement certificate) => long.Parse(certificate.GetProperty("identifier").GetString()!.Split('.')[7]);

    private async Task<long> LastSerialAsync(string issuer) => await fixture.CountAsync(
        "SELECT coalesce(max(\"LastSerial\"), 0) FROM certificates.issuer_serials WHERE \"IssuerCreditCode\" = $1", issuer);

    private Task<long> BackendsWaitingOnLocksAsync() => fixture.CountAsync(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string issuer)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { Parameters = { new() { Value = issuer } } };
        await command.ExecuteNonQueryAsync();
    }
}
