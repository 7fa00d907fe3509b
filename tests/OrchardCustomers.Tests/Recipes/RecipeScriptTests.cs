using System.Text.Json.Nodes;
using OrchardCustomers.Host.Recipes;

namespace OrchardCustomers.Tests.Recipes;

public sealed class RecipeScriptTests
{
    private static readonly Dictionary<string, object?> Parameters = new() { ["AdminUsername"] = "anna", ["SiteName"] = "Müller & Söhne" };

    [Fact]
    public void Whole_string_expressions_are_replaced_everywhere_in_a_step()
    {
        using var script = new RecipeScript(Parameters, new RecipeOptions());
        script.DefineVariables(JsonNode.Parse("""{ "prefix": "K-", "number": "[js: variables('prefix') + '00042']" }""")!.AsObject());
        var step = JsonNode.Parse("""
            { "name": "x", "Owner": "[js: parameters('AdminUsername')]",
              "Items": [ { "Id": "[js: uuid()]", "Number": "[js: variables('number')]" }, "[js: 40 + 2]", "plain [js: not me]" ],
              "Site": "[js:parameters('SiteName')]" }
            """)!.AsObject();

        var expanded = script.Expand(step)!.AsObject();

        Assert.Equal("anna", expanded["Owner"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", expanded["Items"]![0]!["Id"]!.GetValue<string>());
        Assert.Equal("K-00042", expanded["Items"]![0]!["Number"]!.GetValue<string>());
        Assert.Equal(42, expanded["Items"]![1]!.GetValue<long>());
        Assert.Equal("plain [js: not me]", expanded["Items"]![2]!.GetValue<string>());
        Assert.Equal("Müller & Söhne", expanded["Site"]!.GetValue<string>());
    }

    [Fact]
    public void Two_uuids_differ()
    {
        using var script = new RecipeScript(Parameters, new RecipeOptions());
        var values = script.Expand(JsonNode.Parse("""["[js: uuid()]", "[js: uuid()]"]"""))!.AsArray();
        Assert.NotEqual(values[0]!.GetValue<string>(), values[1]!.GetValue<string>());
    }

    [Theory]
    [InlineData("[js: parameters('Missing')]", "Missing")]
    [InlineData("[js: variables('nope')]", "nope")]
    [InlineData("[js: this is not javascript]", "[js: this is not javascript]")]
    [InlineData("[js: while(true){}]", "while(true)")]
    public void A_failing_expression_says_which_one_failed(string expression, string named)
    {
        using var script = new RecipeScript(Parameters, new RecipeOptions());
        var error = Assert.Throws<InvalidOperationException>(() => script.Expand(JsonValue.Create(expression)));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[js: new Array(3e7)]", "arrays of at most 100000 elements")]
    [InlineData("[js: (function () { var s = []; for (var i = 0; i < 9000; i++) { s.push('x'.repeat(10000) + i); } return s.length; })()]", "more than the 32 MB of memory")]
    [InlineData("[js: /(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')]", "a regular expression ran longer than the 50 ms allowed")]
    [InlineData("[js: (function f(n) { return n === 0 ? 0 : 1 + f(n - 1); })(1000)]", "nest deeper than the 64 levels")]
    [InlineData("[js: (function () { for (var i = 0; i < 1e6; i++) {} return i; })()]", "more than the 10000 statements")]
    public void An_expression_over_a_limit_fails_and_says_which_limit(string expression, string reason)
    {
        using var script = new RecipeScript(Parameters, new RecipeOptions { ScriptRegexTimeout = TimeSpan.FromMilliseconds(50) });
        var error = Assert.Throws<InvalidOperationException>(() => script.Expand(JsonValue.Create(expression)));
        Assert.True(error.Message.Contains(reason, StringComparison.OrdinalIgnoreCase), error.Message);
    }
}
