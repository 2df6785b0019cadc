using System.Diagnostics;

namespace Linkage.Bench.Chaos;

/// <summary>Injects one fault on the real processes through <c>./platform chaos-fault &lt;kind&gt;</c>, which kills or
/// stops the process by its PID, leaves it down a few seconds and starts it again, waiting until it is ready.</summary>
public sealed class FaultInjector(string platform)
{
    /// <summary>The fault <paramref name="count"/> times, each at a random point of about <paramref name="between"/>
    /// of load; returns how many were injected.</summary>
    public async Task<int> RepeatAsync(string fault, int count, TimeSpan between, Func<int> acceptedSoFar)
    {
        var injected = 0;
        for (; injected < count; injected++)
        {
            await Task.Delay(between * (0.5 + Random.Shared.NextDouble() / 2));
            Console.WriteLine($"  {DateTimeOffset.Now:HH:mm:ss} {fault} #{injected + 1} ({acceptedSoFar()} accepted so far)");
            await InjectAsync(fault);
        }
        await Task.Delay(between / 2);
        return injected;
    }

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
