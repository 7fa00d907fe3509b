using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CustomerListCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomerStatusCounts",
                columns: table => new
                {
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerStatusCounts", x => x.Status);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Status_CreatedUtc_SortName_Id",
                table: "Customers",
                columns: new[] { "Status", "CreatedUtc", "SortName", "Id" });

            // Per-status totals kept by the database itself, so that every write path counts, bulk loads included.
            migrationBuilder.Sql("""INSERT INTO "CustomerStatusCounts" ("Status", "Count") SELECT "Status", COUNT(*) FROM "Customers" GROUP BY "Status";""");
            migrationBuilder.Sql("""
                CREATE FUNCTION customers_count_status() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE "CustomerStatusCounts" SET "Count" = "Count" - 1 WHERE "Status" = OLD."Status";
                    END IF;
                    IF TG_OP IN ('UPDATE', 'INSERT') THEN
                        INSERT INTO "CustomerStatusCounts" ("Status", "Count") VALUES (NEW."Status", 1)
                        ON CONFLICT ("Status") DO UPDATE SET "Count" = "CustomerStatusCounts"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER customers_count_status AFTER INSERT OR DELETE ON "Customers"
                    FOR EACH ROW EXECUTE FUNCTION customers_count_status();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER customers_count_status_change AFTER UPDATE OF "Status" ON "Customers"
                    FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status") EXECUTE FUNCTION customers_count_status();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS customers_count_status_change ON "Customers";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS customers_count_status ON "Customers";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS customers_count_status();""");

            migrationBuilder.DropTable(
                name: "CustomerStatusCounts");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Status_CreatedUtc_SortName_Id",
                table: "Customers");
        }
    }
}
