using Grpc.Core;
using Linkage.Contracts.Supervision.V1;
using Linkage.ServiceDefaults.Grpc;
using Linkage.Supervision.Features.Alerts;
using Linkage.Supervision.Features.Stats;

namespace Linkage.Supervision.Grpc;

/// <summary>linkage.supervision.v1: the REST handlers of the published counts and the deadline cards (decision 0570).</summary>
public sealed class SupervisionGrpcService(GetStatsHandler stats, GetAlertsHandler alerts, PageCursors cursors) : SupervisionService.SupervisionServiceBase
{
    public override async Task<Stats> GetStats(GetStatsRequest request, ServerCallContext context)
    {
        var s = GrpcAnswers.ValueOf<SupervisionStats>(await stats.HandleAsync(request.Division.OrNull(), request.From.OrNull(),
            request.To.OrNull(), context.Caller(), context.CancellationToken));
        var reply = new Stats
        {
            Division = s.Division, From = s.From.Text(), To = s.To.Text(), Received = s.Received, Completed = s.Completed,
            OnTime = s.OnTime, Early = s.Early, Instant = s.Instant, Overdue = s.Overdue, OnSite = s.OnSite,
            Accepted = s.Accepted,
        };
        if (s.OnTimeRate is { } onTime) reply.OnTimeRate = (double)onTime;
        if (s.EarlyRate is { } early) reply.EarlyRate = (double)early;
        if (s.InstantRate is { } instant) reply.InstantRate = (double)instant;
        if (s.OnSiteRate is { } onSite) reply.OnSiteRate = (double)onSite;
        return reply;
    }

    public override async Task<ListAlertsReply> ListAlerts(ListAlertsRequest request, ServerCallContext context)
    {
        var cards = await context.PageAsync<ListAlertsRequest, AlertView>(request, request.Limit, request.Cursor, 200, cursors, async page =>
            await alerts.HandleAsync(request.Division.OrNull(), request.Level.OrNull(), page, context.Caller(), context.CancellationToken));
        var reply = new ListAlertsReply { Items = { cards.Items.Select(ToProto) }, NextCursor = cards.NextCursor ?? "" };
        if (cards.Total is { } total) reply.Total = total;
        return reply;
    }

    private static Alert ToProto(AlertView a) => new()
    {
        CaseId = a.CaseId.ToString(), CaseNumber = a.CaseNumber, MatterCode = a.MatterCode, MatterName = a.MatterName ?? "",
        HandlingOrgUnitId = a.HandlingOrgUnitId, HandlingDivision = a.HandlingDivision, DueDate = a.DueDate.Text(),
        Level = a.Level.Kebab(), WorkingDays = a.WorkingDays,
    };
}
