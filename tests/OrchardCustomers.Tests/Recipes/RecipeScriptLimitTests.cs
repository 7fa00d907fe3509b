using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Recipes;

/// <summary>
/// A recipe's <c>[js: …]</c> expressions run with limits on memory, array length and regular-expression time, so
/// that an uploaded recipe cannot exhaust the server; a script over a limit fails the recipe naming the step.
/// Runs on the shared SQLite site: the database plays no part here.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class RecipeScriptLimitTests(SqliteMultiTenantSite fixture)
{
    [Theory]
    [InlineData("new Array(3e7)", "a recipe script may create arrays of at most 100000 elements")]
    [InlineData("Array.from({ length: 3e7 }, function (_, i) { return i; }).length", "a recipe script may create arrays of at most 100000 elements")]
    [InlineData("(function () { var s = []; for (var i = 0; i < 9000; i++) { s.push('x'.repeat(10000) + i); } return s.length; })()", "the script used more than the 32 MB of memory a recipe script may use")]
    [InlineData("/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')", "a regular expression ran longer than the 500 ms allowed")]
    public async Task A_script_over_a_limit_fails_the_recipe_and_names_the_step(string script, string reason)
    {
        var recipe = RecipeParser.Parse($$"""
            { "name": "greedy", "steps": [
              { "name": "settings", "PageSize": 25 },
              { "name": "settings", "SiteName": "[js: {{script}}]" } ] }
            """, "upload");

        var error = await Assert.ThrowsAsync<RecipeStepException>(() => fixture.Site.InTenantAsync("globex",
            sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, object?>(), "test", CancellationToken.None)));

        Assert.Equal(2, error.StepNumber);
        Assert.Contains("Recipe 'greedy', step 2 (settings)", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(reason, StringComparison.Ordinal), error.Message);
    }
}
