namespace Linkage.Gateway.Modules;

/// <summary>Where one module listens: its HTTP/1.1 base URL, its h2c gRPC base URL (either may be absent:
/// that side is then not routed) and, optionally, where its OpenAPI document lives upstream.</summary>
public sealed record ModuleAddress(GatewayModule Module, Uri? Http, Uri? Grpc, string? OpenApiPath);
