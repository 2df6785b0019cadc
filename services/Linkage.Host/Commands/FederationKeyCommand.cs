using Linkage.Messaging;

namespace Linkage.Host.Commands;

/// <summary><c>federation-key</c>: this deployment's federation public keys, one line each
/// (<c>appId keyId base64</c>), for its peers' trust lists; <c>./platform up --tiers</c> wires the tiers with it.</summary>
public static class FederationKeyCommand
{
    public static int Run(WebApplication app)
    {
        var options = app.Services.GetRequiredService<FederationOptions>();
        foreach (var (keyId, publicKey) in app.Services.GetRequiredService<FederationKeys>().PublicKeys)
            Console.WriteLine($"{options.AppId} {keyId} {Convert.ToBase64String(publicKey)}");
        return 0;
    }
}
