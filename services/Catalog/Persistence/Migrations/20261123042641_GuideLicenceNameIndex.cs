using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkage.Catalog.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GuideLicenceNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The guide searches licence names over the entries that produce one only (PublicGuide). Plain SQL: the
            // column belongs to a complex property, and the index is partial and covering.
            migrationBuilder.Sql(
                "CREATE INDEX IF NOT EXISTS \"IX_implementations_licence_name\" ON catalog.implementations (\"MatterCode\") " +
                "INCLUDE (\"Licence_TypeName\") WHERE \"Licence_TypeName\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS catalog.\"IX_implementations_licence_name\"");
        }
    }
}
