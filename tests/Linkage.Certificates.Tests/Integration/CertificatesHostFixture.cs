using Grpc.Net.Client;
using Linkage.Contracts.Catalog.V1;
using Linkage.Testing;
using Npgsql;

namespace Linkage.Certificates.Tests.Integration;

/// <summary>Catalog + certificates on real PostgreSQL and RabbitMQ, shared by one test class.</summary>
public sealed class CertificatesHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public ApprovedCases Cases { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("catalog,certificates");
        Cases = new ApprovedCases(Host, await FoodPermitAsync());
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The seeded implementation entry of a matter for a resident of the demo village.</summary>
    public async Task<Implementation> ImplementationOfAsync(string matterCode)
    {
        using var channel = GrpcChannel.ForAddress(Host.GrpcAddress);
        var catalog = new CatalogService.CatalogServiceClient(channel);
        var unit = await catalog.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
        {
            MatterCode = matterCode, DivisionCode = "350926100201", SubmittingOrgUnitId = "ou-350926100201-station",
        });
        Assert.True(unit.Found, $"the seeded catalog resolves matter {matterCode} for the village");
        return await catalog.GetImplementationAsync(
            new GetImplementationRequest { ImplementationCode = unit.ImplementationCode, Version = unit.ImplementationVersion });
    }

    private async Task<Implementation> FoodPermitAsync()
    {
        var implementation = await ImplementationOfAsync(ApprovedCases.FoodPermit);
        Assert.True(implementation.Licence?.Produces, "the seeded food permit produces a licence");
        return implementation;
    }
}
