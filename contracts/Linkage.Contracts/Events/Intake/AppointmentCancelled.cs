namespace Linkage.Contracts.Events.Intake;

/// <summary>The applicant cancelled an upcoming appointment; its slot is free again.</summary>
public sealed record AppointmentCancelled(Guid AppointmentId, DateTimeOffset CancelledAt);
