using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Sqlite
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
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
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
                CREATE TRIGGER "Customers_Count_Insert" AFTER INSERT ON "Customers" BEGIN
                    INSERT INTO "CustomerStatusCounts" ("Status", "Count") VALUES (new."Status", 1)
                    ON CONFLICT ("Status") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Customers_Count_Delete" AFTER DELETE ON "Customers" BEGIN
                    UPDATE "CustomerStatusCounts" SET "Count" = "Count" - 1 WHERE "Status" = old."Status";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Customers_Count_Update" AFTER UPDATE OF "Status" ON "Customers" WHEN old."Status" <> new."Status" BEGIN
                    UPDATE "CustomerStatusCounts" SET "Count" = "Count" - 1 WHERE "Status" = old."Status";
                    INSERT INTO "CustomerStatusCounts" ("Status", "Count") VALUES (new."Status", 1)
                    ON CONFLICT ("Status") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Customers_Count_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Customers_Count_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Customers_Count_Insert";""");

            migrationBuilder.DropTable(
                name: "CustomerStatusCounts");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Status_CreatedUtc_SortName_Id",
                table: "Customers");
        }
    }
}
