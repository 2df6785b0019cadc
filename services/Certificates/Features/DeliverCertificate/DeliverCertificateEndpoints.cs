using Linkage.Certificates.Domain.Rules;
using Linkage.Kernel.Rules;
using Linkage.Kernel;
using Linkage.Certificates.Domain;
using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Features.StationDelivery;
using Linkage.Certificates.Persistence;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;
using Linkage.ServiceDefaults.Office;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Certificates.Features.DeliverCertificate;

public static class DeliverCertificateEndpoints
{
    private const string Route = "/{identifier:regex(^\\d+\\.\\d)}/delivery";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost(Route, Arrange).WithName("ArrangeCertificateDelivery")
            .WithSummary("Arranges delivery: at the window, at the village station the case came from, or by mail.");
        api.MapPost(Route + "/status", Advance).WithName("RecordCertificateDelivery")
            .WithSummary("Records progress: dispatched (with a tracking number for mail) or delivered (CertificateDelivered); a licence kept for a station is handed over with the holder's ID number, and the issuer hears it (decision 0625).");
        api.MapGet(Route, Get).WithName("GetCertificateDelivery").WithSummary("Where the licence's delivery stands.");
    }

    private static async Task<Results<Ok<DeliveryView>, InvalidRequest, ProblemHttpResult>> Arrange(
        string identifier, DeliveryRequest? request, HttpContext http, CertificatesDbContext db, WindowPowers powers, TimeProvider clock, CancellationToken ct)
    {
        if (!KebabEnum.TryParse<DeliveryMethod>(request?.Method, out var method))
            return Problems.Invalid("method", "Use window, village-station or mail.");
        if (IdNumberRefusal(request) is { } badId) return badId;
        var address = request!.MailAddress?.Trim();
        if (method == DeliveryMethod.Mail && address is not { Length: > 0 and <= 300 })
            return Problems.Invalid("mailAddress", "A mail address (at most 300 characters) is required for mail.");
        var caller = http.Caller();
        if (await AccessAsync(db, powers, identifier, caller, ct) is { } refusal) return refusal;

        return await db.WithLockedAsync<Results<Ok<DeliveryView>, InvalidRequest, ProblemHttpResult>>(identifier, async (c, token) =>
        {
            var arranged = await db.Deliveries.AnyAsync(d => d.CertificateId == c.Id, token);
            if (BusinessRule.FirstBroken(new CertificateMustBeCurrentRule(c), new DeliveryArrangedOnceRule(identifier, arranged)) is { } broken)
                return Problems.Conflict(broken);
            var delivery = Delivery.Arrange(c, method, address, clock.GetUtcNow());
            db.Deliveries.Add(delivery);
            db.Audit(caller, "certificate.delivery-arranged", "certificate", identifier, new { method });
            return TypedResults.Ok(DeliveryView.From(identifier, delivery));
        }, ct);
    }

    private static async Task<Results<Ok<DeliveryView>, InvalidRequest, ProblemHttpResult>> Advance(
        string identifier, DeliveryRequest? request, HttpContext http, CertificatesDbContext db, WindowPowers powers, FederationOptions federation,
        PersonalIdHasher hasher, TimeProvider clock, CancellationToken ct)
    {
        if (!KebabEnum.TryParse<DeliveryStatus>(request?.Status, out var status) || status == DeliveryStatus.Arranged)
            return Problems.Invalid("status", "Use dispatched or delivered.");
        if (request!.TrackingNumber is { Length: > 64 }) return Problems.Invalid("trackingNumber", "At most 64 characters.");
        if (IdNumberRefusal(request) is { } badId) return badId;
        var caller = http.Caller();
        if (await AccessAsync(db, powers, identifier, caller, ct) is { } refusal) return refusal;

        return await db.WithLockedAsync<Results<Ok<DeliveryView>, InvalidRequest, ProblemHttpResult>>(identifier, async (c, token) =>
        {
            var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.CertificateId == c.Id, token);
            if (delivery is null) return Problems.NotFound($"Delivery of {identifier}");
            if (status <= delivery.Status) return AlreadyConflict(identifier, delivery);
            var handOver = status == DeliveryStatus.Delivered && StationCopies.IsCopy(federation, c);
            var recipient = "";
            CompanyCollector? collector = null;
            if (handOver && await StationHandOver.WithdrawnAsync(db, c, token) is { } withdrawn) return Problems.Invalid("identifier", withdrawn);
            if (handOver && StationHandOver.Refusal(request.IdNumber, request.CreditCode, c, hasher.Digest, out recipient) is { } refused)
                return Problems.Invalid(refused.Field, refused.Error);
            if (handOver && c.HolderCreditCode is not null
                && CompanyCollector.Refusal(request.CollectorName, request.CollectorRole, request.AuthorisationLetter, out collector) is { } unauthorised)
                return Problems.Invalid(unauthorised.Field, unauthorised.Error);
            if (collector is not null && StationHandOver.RepresentativeRefusal(c, collector, request.IdNumber, hasher.Digest) is { } notRepresentative)
                return Problems.Invalid(notRepresentative.Field, notRepresentative.Error);
            delivery.Advance(status, request.TrackingNumber?.Trim(), caller.Subject, clock.GetUtcNow());
            if (handOver) StationHandOver.Announce(db, c, delivery, caller, recipient, collector);
            else if (status == DeliveryStatus.Delivered)
                db.Publish(CertificateEvents.Delivered(c, delivery) with { DeliveredByName = caller.Name }, c.CaseId.ToString());
            db.Audit(caller, "certificate.delivery-" + status.ToString().ToLowerInvariant(), "certificate", identifier,
                handOver ? StationHandOver.Collected(c, recipient, collector) : null);
            return TypedResults.Ok(DeliveryView.From(identifier, delivery));
        }, ct);
    }

    /// <summary>409 on <c>status</c>: the delivery is there or beyond already; a second hand-over names when it was (0658).</summary>
    private static ProblemHttpResult AlreadyConflict(string identifier, Delivery d) => Problems.FieldConflict("status",
        d.DeliveredAt is { } at ? $"Licence {identifier} was handed over already, at {at:O}." : $"Delivery of {identifier} is {d.Status.ToString().ToLowerInvariant()} already.");

    /// <summary>An ID number or credit code given with any request is a valid one (never echoed), whether or not this step
    /// needs it.</summary>
    private static InvalidRequest? IdNumberRefusal(DeliveryRequest? request) =>
        request?.IdNumber is { } given && !CitizenId.TryParse(given, out _, out var error) ? Problems.Invalid("idNumber", error)
        : request?.CreditCode is { } code && !CreditCode.IsValid(code) ? Problems.Invalid("creditCode", StationHandOver.InvalidCreditCode)
        : null;

    private static async Task<Results<Ok<DeliveryView>, ProblemHttpResult>> Get(
        string identifier, HttpContext http, CertificatesDbContext db, CancellationToken ct)
    {
        var found = await Visible(db, identifier, http.Caller())
            .Join(db.Deliveries.AsNoTracking(), c => c.Id, d => d.CertificateId, (c, d) => d).FirstOrDefaultAsync(ct);
        return found is null ? Problems.NotFound($"Delivery of {identifier}") : TypedResults.Ok(DeliveryView.From(identifier, found));
    }

    /// <summary>Staff of the handling subtree, or the village agent of the station a delivery goes to (404 otherwise);
    /// among them only clerks, admins and agents act (403); and only where the window of every department that
    /// reviewed the case holds 送达 at the handling centre (422 on <c>department</c>, decision 0504).</summary>
    private static async Task<Results<Ok<DeliveryView>, InvalidRequest, ProblemHttpResult>?> AccessAsync(
        CertificatesDbContext db, WindowPowers powers, string identifier, CallerContext caller, CancellationToken ct)
    {
        var target = await Visible(db, identifier, caller).Select(c => new { c.CaseId, c.HandlingOrgUnitId }).FirstOrDefaultAsync(ct);
        if (target is null) return Problems.NotFound($"Certificate {identifier}");
        if (!CertificateActors.MayDeliver(caller))
            return TypedResults.Problem("Deliveries are recorded by window clerks, centre admins and village agents.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        var departments = await db.CaseDepartments.AsNoTracking().Where(d => d.CaseId == target.CaseId)
            .OrderBy(d => d.DepartmentId).Select(d => d.DepartmentId).ToListAsync(ct);
        foreach (var department in departments)
        {
            if (await powers.RefusedAsync(new WindowAct(target.HandlingOrgUnitId, WindowPowers.Deliver, department), ct) is { } why)
                return Problems.Invalid("department", why);
        }
        return null;
    }

    private static IQueryable<Certificate> Visible(CertificatesDbContext db, string identifier, CallerContext caller)
    {
        var certificates = db.Certificates.AsNoTracking().Where(c => c.Identifier == identifier);
        if (caller.Has(Roles.VillageAgent) && caller.OrgUnitId is { } station)
            return certificates.Where(c => db.Deliveries.Any(d => d.CertificateId == c.Id && d.DestinationOrgUnitId == station));
        return caller.IsStaff ? certificates.VisibleTo(db.CaseDepartments, caller) : certificates.Where(_ => false);
    }
}
