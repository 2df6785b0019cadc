using Linkage.Contracts.Office.V1;
using Linkage.ServiceDefaults.Caching;
using Linkage.ServiceDefaults.Grpc;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linkage.ServiceDefaults.Office;

/// <summary>窗口授权 (decisions 0501, 0504): whether the window of a department at a centre holds a power — 受理 in
/// intake, 审核 in approval, 送达 in certificates. Asked over gRPC when <c>Linkage:Grpc:Office</c> is set, and the answer
/// kept in the process until a letter changes (<see cref="WindowPowerAnswers"/>, decision 0620); a deployment without
/// the office module is not gated.</summary>
public sealed class WindowPowers(IServiceProvider services, WindowPowerAnswers answers)
{
    public const string Accept = "accept";
    public const string Review = "review";
    public const string Deliver = "deliver";

    /// <summary>Why the window may not act, or null. With no department named the office takes the entry's.</summary>
    public async Task<string?> RefusedAsync(WindowAct act, CancellationToken ct)
    {
        if (services.GetService<OfficeGate.OfficeGateClient>() is not { } gate) return null;
        var generation = answers.Generation; // taken before asking: a letter changed meanwhile leaves this answer unread
        if (answers.TryGet(generation, act, out var known)) return known;
        var reply = await gate.CheckPowerAsync(new CheckPowerRequest
        {
            OrgUnitId = act.Centre, DepartmentId = act.DepartmentId ?? "", Power = act.Power,
            ImplementationCode = act.ImplementationCode ?? "", ImplementationVersion = act.ImplementationVersion,
        }, cancellationToken: ct);
        var refusal = reply.Allowed ? null : reply.Reason;
        answers.Keep(generation, act, refusal);
        return refusal;
    }
}

/// <summary>One act of a window: the centre it works at, the department (or the entry naming it) and the power.</summary>
public sealed record WindowAct(string Centre, string Power, string? DepartmentId, string? ImplementationCode = null, int ImplementationVersion = 0);

public static class WindowPowersExtensions
{
    /// <summary>The office's gRPC client (once per process), <see cref="WindowPowers"/> and <see cref="FilingRules"/>.</summary>
    public static IServiceCollection AddWindowPowers(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(WindowPowers))) return services;
        if (!string.IsNullOrEmpty(configuration["Linkage:Grpc:Office"]))
            services.AddModuleGrpcClient<OfficeGate.OfficeGateClient>(configuration, "Office");
        services.AddProcessCache();
        services.TryAddSingleton<WindowPowerAnswers>();
        services.TryAddScoped<WindowPowers>();
        services.TryAddScoped<FilingRules>();
        return services;
    }

    /// <summary>When a module of this process asks <see cref="WindowPowers"/>: the invalidation consumer on a queue of this
    /// process alone, named for it and deleted when it stops (decision 0620).</summary>
    public static void AddWindowPowerInvalidation(this IBusRegistrationConfigurator bus, IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(WindowPowerAnswers))) return;
        bus.AddConsumer<WindowAuthorisationChangedConsumer>().Endpoint(e =>
        {
            e.Name = "window-powers-changed";
            e.InstanceId = "-" + Guid.NewGuid().ToString("N")[..12];
            e.Temporary = true;
        });
    }
}
