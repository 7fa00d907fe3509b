namespace OrchardCustomers.Bench.Loading;

/// <summary>The app's per-status totals, counted once after a bulk load that went around the triggers that keep them.</summary>
public static class StatusCounts
{
    public const string Recount = """
        DELETE FROM "CustomerStatusCounts";
        INSERT INTO "CustomerStatusCounts" ("Status", "Count") SELECT "Status", COUNT(*) FROM "Customers" GROUP BY "Status";
        """;
}
