using System.Text.Json.Nodes;
using OrchardCustomers.Host.Recipes;

namespace OrchardCustomers.Tests.Recipes;

public sealed class RecipeScriptTests
{
    private static readonly Dictionary<string, object?> Parameters = new() { ["AdminUsername"] = "anna", ["SiteName"] = "Müller & Söhne" };

    [Fact]
    public void Whole_string_expressions_are_replaced_everywhere_in_a_step()
    {
        using var script = new RecipeScript(Parameters);
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
        using var script = new RecipeScript(Parameters);
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
        using var script = new RecipeScript(Parameters);
        var error = Assert.Throws<InvalidOperationException>(() => script.Expand(JsonValue.Create(expression)));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
