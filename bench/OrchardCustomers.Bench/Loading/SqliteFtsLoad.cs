namespace OrchardCustomers.Bench.Loading;

/// <summary>How the SQLite loader fills the secondary indexes and the FTS5 table.</summary>
public enum SqliteFtsLoad
{
    /// <summary>As the app runs: every index and the FTS triggers in place while rows go in.</summary>
    Triggers,

    /// <summary>Drop the secondary indexes and FTS triggers, load, create the indexes, rebuild the FTS index once, recreate the triggers.</summary>
    Rebuild,
}
