using System.Diagnostics;

namespace Linkage.Bench.Chaos;

/// <summary>Injects one fault on the real processes through <c>./platform chaos-fault &lt;kind&gt;</c>, which kills or
/// stops the process by its PID, leaves it down a few seconds and starts it again, waiting until it is ready.</summary>
public sealed class FaultInjector(string platform)
{
    public async Task InjectAsync(string fault)
    {
        var start = new ProcessStartInfo(platform, ["chaos-fault", fault]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{platform} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Console.Error.Write(await errors);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{platform} chaos-fault {fault} failed ({process.ExitCode}): {await output}");
    }
}
