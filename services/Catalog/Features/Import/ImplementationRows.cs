using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Linkage.Catalog.Features.Import;

/// <summary>An implementation entry as one COPY row of <c>catalog.implementations</c> (columns as EF maps them).</summary>
internal static class ImplementationRows
{
    public const string Columns = """
        "Code","Version","EffectiveFrom","MatterCode","OrgUnitId","CaseKind","Trips","Materials","Departments","ProxyAllowed",
        "CommittedLimit_Amount","CommittedLimit_Unit","LegalLimit_Amount","LegalLimit_Unit","Licence_IssuerCreditCode",
        "Licence_Produces","Licence_TypeCode","Licence_TypeName","Licence_ValidityYears","Active","Fees","Hours","InheritsFrom",
        "Locks","MatterVersion","Provenance"
        """;

    public static async Task WriteAsync(NpgsqlBinaryImporter w, Implementation i, CancellationToken ct)
    {
        await w.WriteAsync(i.Code, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(i.Version, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(i.EffectiveFrom, NpgsqlDbType.Date, ct);
        await w.WriteAsync(i.MatterCode, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(i.OrgUnitId, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(i.CaseKind.ToString(), NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(i.Trips, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(JsonColumn.Serialize(i.Materials), NpgsqlDbType.Jsonb, ct);
        await w.WriteAsync(JsonColumn.Serialize(i.Departments), NpgsqlDbType.Jsonb, ct);
        await w.WriteAsync(i.ProxyAllowed, NpgsqlDbType.Boolean, ct);
        await w.WriteAsync(i.CommittedLimit.Amount, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(i.CommittedLimit.Unit.ToString(), NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(i.LegalLimit.Amount, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(i.LegalLimit.Unit.ToString(), NpgsqlDbType.Varchar, ct);
        await CatalogCopier.Nullable(w, i.Licence.IssuerCreditCode, ct);
        await w.WriteAsync(i.Licence.Produces, NpgsqlDbType.Boolean, ct);
        await CatalogCopier.Nullable(w, i.Licence.TypeCode, ct);
        await CatalogCopier.Nullable(w, i.Licence.TypeName, ct);
        await w.WriteAsync(i.Licence.ValidityYears, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(i.Active, NpgsqlDbType.Boolean, ct);
        await w.WriteAsync(JsonColumn.Serialize(i.Fees), NpgsqlDbType.Jsonb, ct);
        await CatalogCopier.Nullable(w, i.Hours, ct);
        await CatalogCopier.Nullable(w, i.InheritsFrom, ct);
        await w.WriteAsync(i.Locks.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await w.WriteAsync(i.MatterVersion, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(JsonColumn.Serialize(i.Provenance), NpgsqlDbType.Jsonb, ct);
    }
}
