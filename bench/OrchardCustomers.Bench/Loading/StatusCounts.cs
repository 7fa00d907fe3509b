namespace OrchardCustomers.Bench.Loading;

/// <summary>
/// The app's per-status, per-category and per-tag totals, counted once after a bulk load that went around the triggers
/// that keep them; and the search rebuild marked done, since every row was indexed by the current indexer.
/// </summary>
public static class StatusCounts
{
    public static readonly string Recount = $"""
        DELETE FROM "CustomerStatusCounts";
        INSERT INTO "CustomerStatusCounts" ("Status", "Count") SELECT "Status", COUNT(*) FROM "Customers" GROUP BY "Status";
        DELETE FROM "CustomerCategoryCounts";
        INSERT INTO "CustomerCategoryCounts" ("Category", "Count") SELECT "Category", COUNT(*) FROM "Customers" WHERE "Category" IS NOT NULL GROUP BY "Category";
        DELETE FROM "CustomerTagCounts";
        INSERT INTO "CustomerTagCounts" ("Tag", "Count") SELECT "Value", COUNT(*) FROM "CustomerKeys" WHERE "Kind" = 5 GROUP BY "Value";
        UPDATE "CustomerSearchRebuild" SET "Version" = {OrchardCustomers.Module.Customers.Services.CustomerIndexer.SearchVersion}, "DoneThroughId" = 0;
        """;
}
