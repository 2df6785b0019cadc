using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>An answer to an application other than acceptance ends the acceptance step as acceptance does (行政许可法 Art. 32);
/// the application still counts as received (decision 0509). A station's answer for a case another deployment handles is
/// none of this one's: it started no step for it (0720), so it writes none (0731).</summary>
public abstract class AcceptanceAnswerConsumer<T>(SupervisionDbContext db, TimeProvider clock, FederationOptions federation)
    : MilestoneConsumer<T>(db, clock) where T : class
{
    protected abstract (Guid CaseId, string Outcome, DateTimeOffset At) Answer(T message);

    protected abstract string HandlingDivision(T message);

    protected override bool Concerns(T m) => federation.Scope.Covers(HandlingDivision(m));

    protected override Guid? TurnOf(T m) => Answer(m).CaseId;

    protected override Task Handle(T m, ConsumeContext<T> context)
    {
        var (caseId, outcome, at) = Answer(m);
        Steps.Complete(caseId, MilestoneKind.Acceptance, outcome, at);
        return Task.CompletedTask;
    }
}

/// <summary>一次性告知: the missing-materials notice.</summary>
public sealed class MaterialsRequestedConsumer(SupervisionDbContext db, TimeProvider clock, FederationOptions federation)
    : AcceptanceAnswerConsumer<MaterialsRequested>(db, clock, federation)
{
    protected override (Guid, string, DateTimeOffset) Answer(MaterialsRequested m) => (m.CaseId, "notice", m.RequestedAt);

    protected override string HandlingDivision(MaterialsRequested m) => m.HandlingDivision;
}

/// <summary>不予受理: the written refusal.</summary>
public sealed class CaseRefusedConsumer(SupervisionDbContext db, TimeProvider clock, FederationOptions federation)
    : AcceptanceAnswerConsumer<CaseRefused>(db, clock, federation)
{
    protected override (Guid, string, DateTimeOffset) Answer(CaseRefused m) => (m.CaseId, "refused", m.RefusedAt);

    protected override string HandlingDivision(CaseRefused m) => m.HandlingDivision;
}
