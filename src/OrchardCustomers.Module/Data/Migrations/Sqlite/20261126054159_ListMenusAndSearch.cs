using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListMenusAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomerCategoryCounts",
                columns: table => new
                {
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerCategoryCounts", x => x.Category);
                });

            migrationBuilder.CreateTable(
                name: "CustomerSearchRebuild",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneThroughId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerSearchRebuild", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerTagCounts",
                columns: table => new
                {
                    Tag = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerTagCounts", x => x.Tag);
                });

            // The list's category and tag menus: per-value totals kept by triggers, as the status counters are, so that
            // every write path (EF, raw SQL, bulk loads) keeps them and the menu reads a few rows instead of every customer.
            // Rows that drop to zero are removed, so the tables hold only the values in use.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Customers_Category_Insert" AFTER INSERT ON "Customers" WHEN new."Category" IS NOT NULL BEGIN
                    INSERT INTO "CustomerCategoryCounts" ("Category", "Count") VALUES (new."Category", 1)
                    ON CONFLICT ("Category") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Customers_Category_Delete" AFTER DELETE ON "Customers" WHEN old."Category" IS NOT NULL BEGIN
                    UPDATE "CustomerCategoryCounts" SET "Count" = "Count" - 1 WHERE "Category" = old."Category";
                    DELETE FROM "CustomerCategoryCounts" WHERE "Category" = old."Category" AND "Count" <= 0;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Customers_Category_Update" AFTER UPDATE OF "Category" ON "Customers" WHEN old."Category" IS NOT new."Category" BEGIN
                    UPDATE "CustomerCategoryCounts" SET "Count" = "Count" - 1 WHERE "Category" = old."Category";
                    DELETE FROM "CustomerCategoryCounts" WHERE "Category" = old."Category" AND "Count" <= 0;
                    INSERT INTO "CustomerCategoryCounts" ("Category", "Count") SELECT new."Category", 1 WHERE new."Category" IS NOT NULL
                    ON CONFLICT ("Category") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CustomerKeys_Tag_Insert" AFTER INSERT ON "CustomerKeys" WHEN new."Kind" = 5 BEGIN
                    INSERT INTO "CustomerTagCounts" ("Tag", "Count") VALUES (new."Value", 1)
                    ON CONFLICT ("Tag") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CustomerKeys_Tag_Delete" AFTER DELETE ON "CustomerKeys" WHEN old."Kind" = 5 BEGIN
                    UPDATE "CustomerTagCounts" SET "Count" = "Count" - 1 WHERE "Tag" = old."Value";
                    DELETE FROM "CustomerTagCounts" WHERE "Tag" = old."Value" AND "Count" <= 0;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CustomerKeys_Tag_Update" AFTER UPDATE OF "Kind", "Value" ON "CustomerKeys" WHEN old."Kind" = 5 OR new."Kind" = 5 BEGIN
                    UPDATE "CustomerTagCounts" SET "Count" = "Count" - 1 WHERE old."Kind" = 5 AND "Tag" = old."Value";
                    DELETE FROM "CustomerTagCounts" WHERE old."Kind" = 5 AND "Tag" = old."Value" AND "Count" <= 0;
                    INSERT INTO "CustomerTagCounts" ("Tag", "Count") SELECT new."Value", 1 WHERE new."Kind" = 5
                    ON CONFLICT ("Tag") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);

            // Back-fill from the existing customers.
            migrationBuilder.Sql("""
                INSERT INTO "CustomerCategoryCounts" ("Category", "Count")
                SELECT "Category", count(*) FROM "Customers" WHERE "Category" IS NOT NULL GROUP BY "Category";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CustomerTagCounts" ("Tag", "Count")
                SELECT "Value", count(*) FROM "CustomerKeys" WHERE "Kind" = 5 GROUP BY "Value";
                """);

            // The search now also holds streets, contact persons' first names and phone numbers: the existing customers'
            // documents are rewritten by CustomerSearchRebuildTask, which starts from version 1.
            migrationBuilder.Sql("""INSERT INTO "CustomerSearchRebuild" ("Id", "Version", "DoneThroughId") VALUES (1, 1, 0);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CustomerKeys_Tag_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CustomerKeys_Tag_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CustomerKeys_Tag_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Customers_Category_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Customers_Category_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Customers_Category_Insert";""");

            migrationBuilder.DropTable(
                name: "CustomerCategoryCounts");

            migrationBuilder.DropTable(
                name: "CustomerSearchRebuild");

            migrationBuilder.DropTable(
                name: "CustomerTagCounts");
        }
    }
}
