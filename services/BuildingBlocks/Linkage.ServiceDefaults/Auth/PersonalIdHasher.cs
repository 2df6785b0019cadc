using Linkage.Kernel;
using Microsoft.Extensions.Configuration;

namespace Linkage.ServiceDefaults.Auth;

/// <summary>Keyed digests of ID numbers, so modules can recognise a person without storing the number.</summary>
public sealed class PersonalIdHasher(IConfiguration configuration)
{
    private readonly byte[] key = PersonalIdKey.From(configuration);

    public string Digest(string idNumber) => PersonalIdDigest.Compute(idNumber.ToUpperInvariant(), key);
}
