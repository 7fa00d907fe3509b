using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchStatusWord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Customers saved before the status became a word of their search document get it now; on SQLite the
            // search triggers re-index them.
            migrationBuilder.Sql("""UPDATE "Customers" SET "SearchText" = "SearchText" || ' ocstatus' || lower("Status") WHERE "SearchText" NOT LIKE '%ocstatus%';""");


        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
