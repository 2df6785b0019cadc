using Linkage.Contracts.Events.Office;
using MassTransit;

namespace Linkage.ServiceDefaults.Office;

/// <summary>A letter changed at some centre: this process's kept answers are dropped (decision 0620). Each process has
/// a queue of its own (<see cref="WindowPowersExtensions.AddWindowPowerInvalidation"/>), since a module's shared queue
/// would tell only one replica. Nothing is written, so a redelivery drops them again and no inbox is needed.</summary>
public sealed class WindowAuthorisationChangedConsumer(WindowPowerAnswers answers) : IConsumer<WindowAuthorisationChanged>
{
    public Task Consume(ConsumeContext<WindowAuthorisationChanged> context)
    {
        answers.Invalidate();
        return Task.CompletedTask;
    }
}
