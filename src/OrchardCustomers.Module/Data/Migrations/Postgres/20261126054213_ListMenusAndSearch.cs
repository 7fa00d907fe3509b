using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Postgres
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
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerCategoryCounts", x => x.Category);
                });

            migrationBuilder.CreateTable(
                name: "CustomerSearchRebuild",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DoneThroughId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerSearchRebuild", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerTagCounts",
                columns: table => new
                {
                    Tag = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerTagCounts", x => x.Tag);
                });

            // The list's category and tag menus: per-value totals kept by triggers, as the status counters are, so that
            // every write path (EF, raw SQL, COPY) keeps them and the menu reads a few rows instead of every customer.
            // Rows that drop to zero are removed, so the tables hold only the values in use.
            migrationBuilder.Sql("""
                CREATE FUNCTION customers_count_category() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."Category" IS NOT NULL THEN
                        UPDATE "CustomerCategoryCounts" SET "Count" = "Count" - 1 WHERE "Category" = OLD."Category";
                        DELETE FROM "CustomerCategoryCounts" WHERE "Category" = OLD."Category" AND "Count" <= 0;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."Category" IS NOT NULL THEN
                        INSERT INTO "CustomerCategoryCounts" ("Category", "Count") VALUES (NEW."Category", 1)
                        ON CONFLICT ("Category") DO UPDATE SET "Count" = "CustomerCategoryCounts"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER customers_count_category AFTER INSERT OR DELETE ON "Customers"
                    FOR EACH ROW EXECUTE FUNCTION customers_count_category();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER customers_count_category_change AFTER UPDATE OF "Category" ON "Customers"
                    FOR EACH ROW WHEN (OLD."Category" IS DISTINCT FROM NEW."Category") EXECUTE FUNCTION customers_count_category();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION customer_keys_count_tag() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."Kind" = 5 THEN
                        UPDATE "CustomerTagCounts" SET "Count" = "Count" - 1 WHERE "Tag" = OLD."Value";
                        DELETE FROM "CustomerTagCounts" WHERE "Tag" = OLD."Value" AND "Count" <= 0;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."Kind" = 5 THEN
                        INSERT INTO "CustomerTagCounts" ("Tag", "Count") VALUES (NEW."Value", 1)
                        ON CONFLICT ("Tag") DO UPDATE SET "Count" = "CustomerTagCounts"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER customer_keys_count_tag AFTER INSERT OR DELETE ON "CustomerKeys"
                    FOR EACH ROW EXECUTE FUNCTION customer_keys_count_tag();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER customer_keys_count_tag_change AFTER UPDATE OF "Kind", "Value" ON "CustomerKeys"
                    FOR EACH ROW WHEN (OLD."Kind" IS DISTINCT FROM NEW."Kind" OR OLD."Value" IS DISTINCT FROM NEW."Value") EXECUTE FUNCTION customer_keys_count_tag();
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
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS customer_keys_count_tag_change ON "CustomerKeys";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS customer_keys_count_tag ON "CustomerKeys";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS customer_keys_count_tag();""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS customers_count_category_change ON "Customers";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS customers_count_category ON "Customers";""");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS customers_count_category();""");

            migrationBuilder.DropTable(
                name: "CustomerCategoryCounts");

            migrationBuilder.DropTable(
                name: "CustomerSearchRebuild");

            migrationBuilder.DropTable(
                name: "CustomerTagCounts");
        }
    }
}
