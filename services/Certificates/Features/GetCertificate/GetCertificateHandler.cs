using Linkage.Certificates.Features.Shared;
using Linkage.Certificates.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.GetCertificate;

/// <summary>One certificate the caller may see (<see cref="CertificateScope"/>); any other is 404.</summary>
public sealed class GetCertificateHandler(CertificatesDbContext db, TimeProvider clock)
{
    public async Task<Results<Ok<CertificateView>, ProblemHttpResult>> HandleAsync(string identifier, CallerContext caller, CancellationToken ct)
    {
        var found = await db.Certificates.AsNoTracking().VisibleTo(db.CaseDepartments, caller)
            .FirstOrDefaultAsync(c => c.Identifier == identifier, ct);
        return found is null
            ? Problems.NotFound($"Certificate {identifier}")
            : TypedResults.Ok(CertificateView.From(found, ChinaTime.ToLocalDate(clock.GetUtcNow())));
    }
}
