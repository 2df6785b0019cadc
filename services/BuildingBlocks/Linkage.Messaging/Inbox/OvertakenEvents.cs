using MassTransit;

namespace Linkage.Messaging;

/// <summary>An event that overtook the one it builds on and is still early after the inbox waited a little in memory
/// (<see cref="TransientFailures.OvertakenWaits"/>) goes back to the end of its own queue, as many times as it takes,
/// instead of to <c>_error</c> (decision 0574), up to <see cref="GiveUpAfter"/> times: then it goes to <c>_error</c>
/// like any message that cannot be handled, so events whose predecessor never comes cannot hold a queue's prefetch
/// for ever (0529). The copy keeps its MessageId, so the inbox still applies it at most once even if the original were
/// delivered again too; it is sent (with publisher confirms) before the original is acknowledged, so it is never
/// lost.</summary>
internal static class OvertakenEvents
{
    /// <summary>How many times the message went back to its queue so far.</summary>
    public const string Header = "Linkage-Overtaken";

    /// <summary>Times an event goes back to its queue before it is given up: each time waits 18 s in memory first,
    /// so at least an hour.</summary>
    public const int GiveUpAfter = 200;

    public static bool Exhausted<T>(ConsumeContext<T> context) where T : class => (context.Headers.Get<int>(Header) ?? 0) >= GiveUpAfter;

    public static bool IsOvertaken(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is EventOvertakenException) return true;
        return false;
    }

    public static async Task RequeueAsync<T>(ConsumeContext<T> context, Exception reason) where T : class
    {
        var times = (context.Headers.Get<int>(Header) ?? 0) + 1;
        await context.Forward(context.ReceiveContext.InputAddress, Pipe.Execute<SendContext<T>>(s => s.Headers.Set(Header, times)));
        MessagingTelemetry.OvertakenRequeued.Add(1);
        LogContext.Info?.Log("{MessageType} {MessageId} is still early ({Reason}); back to the end of {Queue}, time {Times}",
            typeof(T).Name, context.MessageId, reason.Message, context.ReceiveContext.InputAddress, times);
    }
}
