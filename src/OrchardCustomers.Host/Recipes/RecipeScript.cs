using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;

namespace OrchardCustomers.Host.Recipes;

/// <summary>
/// Evaluates Orchard's recipe expressions: a string value that is wholly <c>[js: …]</c> is replaced by the result of
/// the JavaScript inside, which can call <c>uuid()</c>, <c>variables('x')</c> and <c>parameters('x')</c>.
/// </summary>
public sealed partial class RecipeScript : IDisposable
{
    private readonly Engine _engine;
    private readonly RecipeOptions _options;
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.OrdinalIgnoreCase);

    public RecipeScript(IReadOnlyDictionary<string, object?> parameters, RecipeOptions options)
    {
        _options = options;
        _engine = new Engine(o =>
        {
            o.TimeoutInterval(options.ScriptTimeout)
                .LimitMemory(options.ScriptMemoryLimitBytes)
                .LimitRecursion(options.ScriptRecursionLimit)
                .MaxStatements(options.ScriptMaxStatements)
                .RegexTimeoutInterval(options.ScriptRegexTimeout);

            // The memory limit is checked between statements; one huge array would be allocated before that check.
            o.Constraints.MaxArraySize = options.ScriptMaxArrayLength;
        });
        _engine.SetValue("uuid", new Func<string>(() => Guid.NewGuid().ToString("n")));
        _engine.SetValue("parameters", new Func<string, object?>(name =>
            parameters.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"The recipe needs the parameter '{name}', which was not given.")));
        _engine.SetValue("variables", new Func<string, object?>(name =>
            _variables.TryGetValue(name, out var value) ? ToClr(value) : throw new InvalidOperationException($"The recipe has no variable '{name}'.")));
    }

    /// <summary>Evaluates the recipe's variables in order; each may use those before it.</summary>
    public void DefineVariables(JsonObject? variables)
    {
        foreach (var (name, value) in variables ?? [])
        {
            _variables[name] = Expand(value?.DeepClone());
        }
    }

    /// <summary>Returns the node with every expression replaced by its value.</summary>
    public JsonNode? Expand(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    // Only a replaced value is set again: a node cannot be re-attached to the parent it still has.
                    var child = obj[key];
                    if (Expand(child) is var expanded && !ReferenceEquals(expanded, child))
                    {
                        obj[key] = expanded;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    if (Expand(child) is var expanded && !ReferenceEquals(expanded, child))
                    {
                        array[i] = expanded;
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue(out string? text) && Expression().Match(text) is { Success: true } match:
                return Evaluate(match.Groups["script"].Value);
            default:
                return node;
        }
    }

    private JsonNode? Evaluate(string script)
    {
        object? result;
        try
        {
            result = _engine.Evaluate(script).ToObject();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any failure of the operator's script, syntax errors and limits included, is a recipe error.
            throw new InvalidOperationException($"The expression '[js: {script}]' failed: {Describe(ex)}", ex);
        }

        return result switch
        {
            null => null,
            string s => JsonValue.Create(s),
            bool b => JsonValue.Create(b),
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => JsonValue.Create((long)d),
            double d => JsonValue.Create(d),
            JsonNode n => n.DeepClone(),
            _ => JsonValue.Create(Convert.ToString(result, CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>Says which limit a script hit and where it is set; Jint's own messages name neither.</summary>
    private string Describe(Exception ex) => ex switch
    {
        MemoryLimitExceededException when ex.Message.Contains("array size", StringComparison.OrdinalIgnoreCase) =>
            $"{ex.Message}: a recipe script may create arrays of at most {_options.ScriptMaxArrayLength} elements ({RecipeOptions.SectionName}:{nameof(RecipeOptions.ScriptMaxArrayLength)}).",
        MemoryLimitExceededException =>
            $"the script used more than the {_options.ScriptMemoryLimitBytes / 1024 / 1024} MB of memory a recipe script may use ({RecipeOptions.SectionName}:{nameof(RecipeOptions.ScriptMemoryLimitBytes)}).",
        RegexMatchTimeoutException =>
            $"a regular expression ran longer than the {_options.ScriptRegexTimeout.TotalMilliseconds:0} ms allowed ({RecipeOptions.SectionName}:{nameof(RecipeOptions.ScriptRegexTimeout)}).",
        TimeoutException =>
            $"the script ran longer than the {_options.ScriptTimeout.TotalSeconds:0.#} s allowed ({RecipeOptions.SectionName}:{nameof(RecipeOptions.ScriptTimeout)}).",
        StatementsCountOverflowException =>
            $"the script ran more than the {_options.ScriptMaxStatements} statements allowed ({RecipeOptions.SectionName}:{nameof(RecipeOptions.ScriptMaxStatements)}).",
        RecursionDepthOverflowException =>
            $"the script's calls nest deeper than the {_options.ScriptRecursionLimit} levels allowed ({RecipeOptions.SectionName}:{nameof(RecipeOptions.ScriptRecursionLimit)}).",
        _ when ex.InnerException is RegexMatchTimeoutException inner => Describe(inner),
        _ => ex.Message,
    };

    private static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonValue v when v.TryGetValue(out bool b) => b,
        JsonValue v when v.TryGetValue(out double d) => d,
        _ => node.ToJsonString(),
    };

    public void Dispose() => _engine.Dispose();

    [GeneratedRegex(@"^\[js:\s*(?<script>.+)\]$", RegexOptions.Singleline)]
    private static partial Regex Expression();
}
