using System.Collections.Concurrent;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Linkage.Messaging.Tests.Federation.Dapr;

/// <summary>The sidecar's <c>dapr.proto.runtime.v1.Dapr/PublishEvent</c> over the Dapr.Protos messages. Dapr.Protos
/// ships only the client stub, so the method is bound by hand the way generated server bases do it.</summary>
[BindServiceMethod(typeof(DaprRuntimeBase), nameof(BindService))]
public abstract class DaprRuntimeBase
{
    private static readonly Method<PublishEventRequest, Empty> PublishMethod = new(
        MethodType.Unary, "dapr.proto.runtime.v1.Dapr", "PublishEvent",
        Marshallers.Create(m => m.ToByteArray(), PublishEventRequest.Parser.ParseFrom),
        Marshallers.Create(m => m.ToByteArray(), Empty.Parser.ParseFrom));

    public virtual Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, ""));

    public static void BindService(ServiceBinderBase binder, DaprRuntimeBase? service) =>
        binder.AddMethod(PublishMethod, service is null ? null : service.PublishEvent);
}

/// <summary>Records every PublishEvent request.</summary>
public sealed class FakeDaprRuntime(PublishRecorder recorder) : DaprRuntimeBase
{
    public override Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context)
    {
        recorder.Requests.Enqueue(request);
        return Task.FromResult(new Empty());
    }
}

public sealed class PublishRecorder
{
    public ConcurrentQueue<PublishEventRequest> Requests { get; } = new();
}
