using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Linkage.Gateway.Proxy;

/// <summary>One cluster per distinct upstream address, so modules sharing a host (all-in-one mode) share
/// one connection pool.</summary>
internal static class ProxyClusters
{
    private static readonly ForwarderRequestConfig Http11 = new()
    {
        Version = HttpVersion.Version11,
        VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
    };

    // gRPC needs HTTP/2 end to end; over cleartext that means prior knowledge (h2c), hence Exact.
    // Streams may be quiet for a while: the inactivity timeout is longer than the REST default of 100 s.
    private static readonly ForwarderRequestConfig Http2Exact = new()
    {
        Version = HttpVersion.Version20,
        VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        ActivityTimeout = TimeSpan.FromMinutes(15),
    };

    public static string Id(string kind, Uri address) => $"{kind}-{address.Authority}{address.AbsolutePath.TrimEnd('/')}";

    public static ClusterConfig Rest(Uri address) => Create(Id("rest", address), address, Http11);

    public static ClusterConfig Grpc(Uri address) => Create(Id("grpc", address), address, Http2Exact);

    private static ClusterConfig Create(string id, Uri address, ForwarderRequestConfig request) => new()
    {
        ClusterId = id,
        HttpRequest = request,
        HttpClient = new HttpClientConfig { EnableMultipleHttp2Connections = true },
        Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = address.AbsoluteUri } },
    };
}
