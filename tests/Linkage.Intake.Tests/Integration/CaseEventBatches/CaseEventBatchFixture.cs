namespace Linkage.Intake.Tests;

/// <summary>Intake whose batches gather for two seconds from their first delivery, so the events a test publishes at
/// once are applied as one batch (decision 0678).</summary>
public sealed class CaseEventBatchFixture : IntakeHostFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Linkage:RabbitMq:Batch:TimeLimit"] = "00:00:02";
}
