using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace OrchardCustomers.Host.Limits;

/// <summary>
/// Checks an input model against the limits its properties declare (<see cref="MaxCharsAttribute"/>,
/// <see cref="MaxItemsAttribute"/>, <see cref="VisibleTextAttribute"/>) and that every enum holds a defined value,
/// through nested objects, lists and dictionaries. Cheap on any input: a list over its count is not looked into.
/// Nested input objects are the classes of the model's own assembly.
/// </summary>
public static class InputRules
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IReadOnlyList<InputViolation> Check(object input)
    {
        var violations = new List<InputViolation>();
        CheckObject(input, "", input.GetType().Assembly, violations);
        return violations;
    }

    /// <summary>Strips invisible characters (<see cref="InvisibleCharacters"/>) from every text of the model, in place.</summary>
    public static void CleanText(object input) => CleanObject(input, input.GetType().Assembly);

    /// <summary>The readable and writable public properties the rules walk.</summary>
    public static IReadOnlyList<PropertyInfo> PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)]);

    /// <summary>Whether a type is a nested input object that the rules walk into.</summary>
    public static bool IsInputObject(Type type, Assembly model) => type.IsClass && type != typeof(string) && type.Assembly == model;

    private static void CheckObject(object input, string prefix, Assembly model, List<InputViolation> violations)
    {
        foreach (var property in PropertiesOf(input.GetType()))
        {
            var path = prefix + property.Name;
            var value = property.GetValue(input);
            switch (value)
            {
                case null:
                    break;
                case string text:
                    CheckText(property, path, text, violations);
                    break;
                case Enum:
                    CheckEnum(path, value, violations);
                    break;
                case IDictionary dictionary:
                    if (property.GetCustomAttribute<MaxItemsAttribute>() is { } most && dictionary.Count > most.Max)
                    {
                        violations.Add(new InputViolation(path, InputViolationKind.TooMany, most.Max));
                        break;
                    }

                    foreach (DictionaryEntry entry in dictionary)
                    {
                        CheckItem(property, $"{path}[{entry.Key}]", entry.Value, model, violations);
                    }

                    break;
                case IList list:
                    if (property.GetCustomAttribute<MaxItemsAttribute>() is { } max && list.Count > max.Max)
                    {
                        violations.Add(new InputViolation(path, InputViolationKind.TooMany, max.Max));
                        break;
                    }

                    for (var i = 0; i < list.Count; i++)
                    {
                        CheckItem(property, $"{path}[{i}]", list[i], model, violations);
                    }

                    break;
                default:
                    if (IsInputObject(value.GetType(), model))
                    {
                        CheckObject(value, path + ".", model, violations);
                    }

                    break;
            }
        }
    }

    private static void CheckItem(PropertyInfo property, string path, object? item, Assembly model, List<InputViolation> violations)
    {
        switch (item)
        {
            case null:
                break;
            case string text:
                CheckText(property, path, text, violations);
                break;
            case Enum:
                CheckEnum(path, item, violations);
                break;
            default:
                if (IsInputObject(item.GetType(), model))
                {
                    CheckObject(item, path + ".", model, violations);
                }

                break;
        }
    }

    private static void CheckText(PropertyInfo property, string path, string text, List<InputViolation> violations)
    {
        if (property.GetCustomAttribute<MaxCharsAttribute>() is { } max && text.Length > max.Max)
        {
            violations.Add(new InputViolation(path, InputViolationKind.TooLong, max.Max));
        }
        else if (property.IsDefined(typeof(VisibleTextAttribute)) && InvisibleCharacters.HasNothingVisible(text))
        {
            violations.Add(new InputViolation(path, InputViolationKind.Invisible, 0));
        }
    }

    private static void CheckEnum(string path, object value, List<InputViolation> violations)
    {
        var type = value.GetType();
        var defined = type.IsDefined(typeof(FlagsAttribute))
            ? (Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture) & ~Enum.GetValues(type).Cast<object>().Aggregate(0UL, (all, v) => all | Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture))) == 0
            : Enum.IsDefined(type, value);
        if (!defined)
        {
            violations.Add(new InputViolation(path, InputViolationKind.UndefinedValue, 0));
        }
    }

    private static void CleanObject(object input, Assembly model)
    {
        foreach (var property in PropertiesOf(input.GetType()))
        {
            var multiLine = property.IsDefined(typeof(MultiLineAttribute));
            switch (property.GetValue(input))
            {
                case string text:
                    property.SetValue(input, InvisibleCharacters.Strip(text, multiLine));
                    break;
                case IList<string?> texts:
                    for (var i = 0; i < texts.Count; i++)
                    {
                        texts[i] = texts[i] is { } item ? InvisibleCharacters.Strip(item, multiLine) : null;
                    }

                    break;
                case IDictionary<string, string?> values:
                    foreach (var key in values.Keys.ToList())
                    {
                        values[key] = values[key] is { } item ? InvisibleCharacters.Strip(item, multiLine) : null;
                    }

                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is not null && IsInputObject(item.GetType(), model))
                        {
                            CleanObject(item, model);
                        }
                    }

                    break;
                case { } nested when IsInputObject(nested.GetType(), model):
                    CleanObject(nested, model);
                    break;
            }
        }
    }
}
