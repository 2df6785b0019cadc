using Linkage.Intake.Domain;
using Linkage.Intake.Features.CreditFlags;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Intake.Features.SubmitCase;

public sealed class SubmitCaseHandler(
    IntakeDbContext db, SubmitCaseValidator validator, DestinationResolver destinations, BundleDestinationResolver bundles,
    TwoSlipDecision twoSlips, CaseSaves saves, TimeProvider clock, CreditRecords credit, IdempotencyKeys keys, OfficeRules office,
    CaseNumberBlocks numbers)
{
    public async Task<Results<Created<CaseView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        SubmitCaseRequest request, string? idempotencyKey, CallerContext caller, CancellationToken ct)
    {
        if (idempotencyKey is { Length: 0 or > TextLimits.IdempotencyKey })
            return Problems.Invalid("Idempotency-Key", $"An Idempotency-Key header of 1 to {TextLimits.IdempotencyKey} characters is expected.");
        string? requestHash = null; // the body is hashed only to be kept with a key
        if (idempotencyKey is not null)
        {
            requestHash = IdempotencyKeys.HashOf(request);
            var (first, reused) = await keys.FindAsync(caller.Subject, idempotencyKey, requestHash, ct);
            if (reused) return Problems.Invalid("Idempotency-Key", "This Idempotency-Key was used with another request body.");
            if (first is not null) return Created(first);
        }

        var (submission, errors) = validator.Validate(request, caller);
        if (submission is null) return Problems.Invalid(errors);
        if (submission.Channel != Channel.Online && submission.OrgUnitId != caller.OrgUnitId)
            return Problems.NotFound($"Org unit '{submission.OrgUnitId}' (orgUnitId)");

        var (destination, destinationErrors) = submission.AppliedFor.IsBundle
            ? await bundles.ResolveAsync(submission, ct)
            : await destinations.ResolveAsync(submission, caller, ct);
        if (destination is null) return Problems.Invalid(destinationErrors);

        if (request.SupplyBy is { } supplyBy && await DeferralErrorsAsync(submission, destination, supplyBy, ct) is { Any: true } violation)
            return Problems.Invalid(violation);

        var window = submission.Channel == Channel.Window ? await AcceptingWindow.OfClerkAsync(db, caller, ct) : null; // 当场受理 at the counter
        var @case = twoSlips.Receive(await ReceiptAsync(submission, destination, caller, ct), destination.Implementation, request.SupplyBy, window);
        if (@case.Status is CaseStatus.Accepted or CaseStatus.Completed && submission.Channel == Channel.Window
            && await office.RefusedPowerAsync(@case, submission.OrgUnitId, "accept", ct) is { } unauthorised)
            return Problems.Invalid("department", unauthorised); // 窗口授权: this window may not accept (受理) for the department
        db.Cases.Add(@case);
        if (idempotencyKey is not null)
            db.IdempotencyRecords.Add(new IdempotencyRecord(caller.Subject, idempotencyKey, @case.Id, clock.GetUtcNow(), requestHash));
        try
        {
            // a new case's save changes no row it read (its ledger line is taken in the save itself, decision 0754)
            if (!await saves.SaveLastAsync(ct)) return Problems.Conflict("A row this submission read was changed meanwhile; submit again.");
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // a concurrent retry with the same key won the race: answer with its case
            db.ChangeTracker.Clear();
            var (winner, reused) = await keys.FindAsync(caller.Subject, idempotencyKey, requestHash!, ct);
            if (reused) return Problems.Invalid("Idempotency-Key", "This Idempotency-Key was used with another request body.");
            if (winner is not null) return Created(winner);
            throw;
        }
        if (@case.Status == CaseStatus.Accepted) LinkageMetrics.CasesAccepted.Add(1);
        return Created(@case);
    }

    private async Task<FieldErrors> DeferralErrorsAsync(ValidSubmission s, CaseDestination destination, DateOnly supplyBy, CancellationToken ct) =>
        s.Channel == Channel.Online
            ? new FieldErrors().Add("supplyBy", "Deferred materials (容缺) are agreed at a window or by a proxy agent, not online.")
            : new FieldErrors().Check(twoSlips.Deferral(destination.Implementation, s.Materials, supplyBy,
                await credit.IsFlaggedAsync(s.Applicant.IdDigest, ct)));

    private async Task<CaseReceipt> ReceiptAsync(ValidSubmission s, CaseDestination destination, CallerContext caller, CancellationToken ct)
    {
        var sequence = await numbers.NextAsync(db, ct);
        var unit = destination.Unit;
        var division = caller.Division ?? DivisionCode.Parse(unit.DivisionCode);
        var number = CaseNumber.Create(division, ChinaTime.ToLocalDate(clock.GetUtcNow()), (sequence - 1) % 999_999 + 1);
        var submittedAt = s.Channel == Channel.Online ? unit.OrgUnitId : s.OrgUnitId;
        var agent = s.Channel == Channel.Proxy ? new ProxyAgent(caller.Subject, caller.Name, true) : null;
        var matter = new PinnedMatter(s.AppliedFor.Code, destination.Implementation.MatterName, unit.ImplementationCode,
            unit.ImplementationVersion, TwoSlipDecision.LimitOf(destination.Implementation), destination.Bundle);
        return new CaseReceipt(number.Value, s.Channel, matter, new OrgUnitRef(submittedAt, division.Value),
            new OrgUnitRef(unit.OrgUnitId, unit.DivisionCode, unit.OrgUnitName), s.Applicant, agent, s.Materials);
    }

    private static Created<CaseView> Created(IntakeCase c) => TypedResults.Created($"/api/intake/cases/{c.Id}", CaseView.From(c));
}
