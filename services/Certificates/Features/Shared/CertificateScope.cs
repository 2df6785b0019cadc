using Linkage.Certificates.Domain;
using Linkage.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.Shared;

/// <summary>Who may read a certificate, as part of the query: staff of the handling subtree, or the applicant
/// whose ID digest is the holder's.</summary>
public static class CertificateScope
{
    public static IQueryable<Certificate> VisibleTo(this IQueryable<Certificate> certificates, CallerContext caller)
    {
        if (caller.IsStaff && caller.Division is not null)
        {
            var pattern = caller.SubtreePattern;
            return certificates.Where(c => EF.Functions.Like(c.HandlingDivision, pattern));
        }
        if (caller.IdDigest is { Length: > 0 } digest) return certificates.Where(c => c.Holder.IdDigest == digest);
        return certificates.Where(_ => false);
    }
}
