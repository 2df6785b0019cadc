using Grpc.Core;
using CatalogProbe = Linkage.Gateway.Tests.Probes.Catalog;
using IntakeProbe = Linkage.Gateway.Tests.Probes.Intake;

namespace Linkage.Gateway.Tests.Infrastructure;

internal sealed class CatalogProbeService(BackendState state) : CatalogProbe.GatewayProbe.GatewayProbeBase
{
    public override Task<CatalogProbe.ProbeReply> Echo(CatalogProbe.ProbeRequest request, ServerCallContext context) =>
        Task.FromResult(Reply(request.Text, context));

    public override async Task Count(CatalogProbe.CountRequest request, IServerStreamWriter<CatalogProbe.ProbeReply> responseStream, ServerCallContext context)
    {
        for (var i = 1; i <= request.Count; i++) await responseStream.WriteAsync(Reply(i.ToString(), context));
    }

    private CatalogProbe.ProbeReply Reply(string text, ServerCallContext context)
    {
        var http = context.GetHttpContext();
        return new() { Module = state.Module, Protocol = http.Request.Protocol, Text = text, Path = http.Request.Path,
            Authorization = http.Request.Headers.Authorization.ToString() };
    }
}

internal sealed class IntakeProbeService(BackendState state) : IntakeProbe.GatewayProbe.GatewayProbeBase
{
    public override Task<IntakeProbe.ProbeReply> Echo(IntakeProbe.ProbeRequest request, ServerCallContext context)
    {
        var http = context.GetHttpContext();
        return Task.FromResult(new IntakeProbe.ProbeReply { Module = state.Module, Protocol = http.Request.Protocol,
            Text = request.Text, Path = http.Request.Path, Authorization = http.Request.Headers.Authorization.ToString() });
    }
}
