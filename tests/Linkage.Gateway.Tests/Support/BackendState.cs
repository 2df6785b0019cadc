using System.Collections.Concurrent;

namespace Linkage.Gateway.Tests.Infrastructure;

/// <summary>What one fake module is and what it has seen.</summary>
public sealed class BackendState(string module)
{
    public string Module { get; } = module;
    public volatile bool Ready = true;
    public ConcurrentQueue<string> SeenPaths { get; } = new();
    public int ReadyProbes;
}
