using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCustomers.Host.Limits;

namespace OrchardCustomers.Tests.Limits;

/// <summary>
/// Generates, from an input model's declared limits, one body per limit: every text one character over its maximum,
/// every list one entry over its count. A text or list without a declared limit is reported instead, so that a new
/// field cannot slip in unbounded.
/// </summary>
public static class LimitCases
{
    public static IReadOnlyList<LimitCase> For(Type model, string validBody)
    {
        var cases = new List<LimitCase>();
        Walk(model, model.Assembly, "", validBody, Merge, cases, []);
        return cases;
    }

    /// <summary>The properties (as paths) that hold text or a list but declare no limit.</summary>
    public static IReadOnlyList<string> Unbounded(Type model)
    {
        var missing = new List<string>();
        Walk(model, model.Assembly, "", "{}", Merge, [], missing);
        return missing;
    }

    /// <summary>The model and every input object nested in it, each once.</summary>
    public static IReadOnlyList<Type> Types(Type model)
    {
        var found = new List<Type>();
        void Visit(Type type)
        {
            if (found.Contains(type))
            {
                return;
            }

            found.Add(type);
            foreach (var property in InputRules.PropertiesOf(type))
            {
                var candidate = ElementType(property.PropertyType) ?? property.PropertyType;
                if (InputRules.IsInputObject(candidate, model.Assembly))
                {
                    Visit(candidate);
                }
            }
        }

        Visit(model);
        return found;
    }

    private static void Walk(Type type, Assembly assembly, string prefix, string validBody, Action<JsonObject, JsonNode> place, List<LimitCase> cases, List<string> missing)
    {
        foreach (var property in InputRules.PropertiesOf(type))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var path = prefix + name;
            var chars = property.GetCustomAttribute<MaxCharsAttribute>()?.Max;
            var items = property.GetCustomAttribute<MaxItemsAttribute>()?.Max;
            var t = property.PropertyType;
            var element = ElementType(t);

            // Sets the property in a fresh copy of the valid body, below wherever the walk stands.
            void Add(string field, JsonNode value, int max, bool isCount)
            {
                var body = JsonNode.Parse(validBody)!.AsObject();
                var holder = new JsonObject { [name] = value };
                place(body, holder);
                cases.Add(new LimitCase(field, body.ToJsonString(), max, isCount));
            }

            if (t == typeof(string))
            {
                if (chars is null)
                {
                    missing.Add(path);
                    continue;
                }

                Add(path, new string('x', chars.Value + 1), chars.Value, false);
            }
            else if (typeof(IDictionary).IsAssignableFrom(t))
            {
                if (chars is null || items is null)
                {
                    missing.Add(path);
                    continue;
                }

                var many = new JsonObject();
                for (var i = 0; i <= items.Value; i++)
                {
                    many["f" + i] = "a";
                }

                Add(path, many, items.Value, true);
                Add(path + "[f]", new JsonObject { ["f"] = new string('x', chars.Value + 1) }, chars.Value, false);
            }
            else if (element is not null)
            {
                if (items is null || (element == typeof(string) && chars is null))
                {
                    missing.Add(path);
                    continue;
                }

                var isText = element == typeof(string);
                Add(path, new JsonArray([.. Enumerable.Range(0, items.Value + 1).Select(_ => isText ? (JsonNode)"a" : new JsonObject())]), items.Value, true);
                if (isText)
                {
                    Add(path + "[0]", new JsonArray(new string('x', chars!.Value + 1)), chars.Value, false);
                }
                else if (InputRules.IsInputObject(element, assembly))
                {
                    Walk(element, assembly, path + "[0].", validBody, (body, inner) => place(body, new JsonObject { [name] = new JsonArray(inner) }), cases, missing);
                }
            }
            else if (InputRules.IsInputObject(t, assembly))
            {
                Walk(t, assembly, path + ".", validBody, (body, inner) => place(body, new JsonObject { [name] = inner }), cases, missing);
            }
        }
    }

    /// <summary>The top level: the spoiled property replaces its value in the valid body.</summary>
    private static void Merge(JsonObject body, JsonNode holder)
    {
        foreach (var (key, value) in holder.AsObject().ToList())
        {
            holder.AsObject().Remove(key);
            body[key] = value;
        }
    }

    private static Type? ElementType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0] : null;
}
