using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.SearchGuide;

public sealed class GuideNamesReader(CatalogDbContext db)
{
    public async Task<GuideNames> ReadAsync(CancellationToken ct)
    {
        var matters = await db.Matters.AsNoTracking().Select(m => new { m.Code, m.Name, m.Keywords }).ToListAsync(ct);
        var licences = (await db.Implementations.AsNoTracking()
                .Where(e => e.Licence.TypeName != null)
                .Select(e => new { e.MatterCode, e.Licence.TypeName })
                .Distinct().ToListAsync(ct))
            .ToLookup(l => l.MatterCode, l => l.TypeName!);
        return new GuideNames(matters
            .Select(m => new GuideNames.Named(m.Code, [m.Name, .. m.Keywords, .. licences[m.Code]]))
            .ToList());
    }
}
