using System.Diagnostics.Metrics;

namespace Linkage.ServiceDefaults.Telemetry;

/// <summary>Business metrics: cases accepted, warnings raised, completed on time.</summary>
public sealed class LinkageMetrics
{
    public const string MeterName = "Linkage";
    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> CasesAccepted = Meter.CreateCounter<long>("linkage.cases.accepted");
    public static readonly Counter<long> CasesCompleted = Meter.CreateCounter<long>("linkage.cases.completed");
    public static readonly Counter<long> CasesCompletedOnTime = Meter.CreateCounter<long>("linkage.cases.completed_on_time");
    public static readonly Counter<long> WarningsRaised = Meter.CreateCounter<long>("linkage.supervision.warnings");
    public static readonly Counter<long> CertificatesIssued = Meter.CreateCounter<long>("linkage.certificates.issued");
}
