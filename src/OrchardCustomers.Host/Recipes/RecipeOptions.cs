namespace OrchardCustomers.Host.Recipes;

/// <summary>Recipe settings, bound from <c>OrchardCustomers:Recipes</c>.</summary>
public sealed class RecipeOptions
{
    public const string SectionName = "OrchardCustomers:Recipes";

    /// <summary>Folders searched for <c>*.recipe.json</c>; the site's Recipes folder by default.</summary>
    public List<string> Folders { get; } = [Path.Combine(AppContext.BaseDirectory, "Recipes")];

    /// <summary>How deep the <c>recipes</c> step may nest before a loop is assumed.</summary>
    public int MaxDepth { get; set; } = 5;

    /// <summary>How long one <c>[js: …]</c> expression may run.</summary>
    public TimeSpan ScriptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many bytes one expression may allocate: a recipe is uploaded by an administrator, but must not exhaust the server.</summary>
    public long ScriptMemoryLimitBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>How deep script functions may call each other.</summary>
    public int ScriptRecursionLimit { get; set; } = 64;

    /// <summary>How many statements one expression may execute.</summary>
    public int ScriptMaxStatements { get; set; } = 10_000;

    /// <summary>How long one regular expression may run; a catastrophic pattern would otherwise hold a thread.</summary>
    public TimeSpan ScriptRegexTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest array a script may create.</summary>
    public uint ScriptMaxArrayLength { get; set; } = 100_000;
}
