using System.Globalization;
using System.Text.RegularExpressions;
using OrchardCustomers.Host.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Localization;

/// <summary>The UI ships complete in German: every text the code shows has a German translation with the same placeholders.</summary>
public sealed partial class TranslationCompletenessTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly TranslationCatalog Catalog = new(
    [
        typeof(HostPermissions).Assembly,
        typeof(OrchardCustomers.Module.ModuleAssembly).Assembly,
        typeof(TheAdmin.ThemeAssembly).Assembly,
    ]);

    [Fact]
    public void Every_localized_text_in_the_code_has_a_german_translation()
    {
        var missing = SourceTexts().Where(t => Catalog.Find(German, t.Text) is null).Select(t => $"{t.File}: {t.Text}").Distinct().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} texts lack a German translation:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void Permission_and_feature_texts_have_german_translations()
    {
        var catalog = new PermissionCatalog([new HostPermissions(), .. ModuleProviders()]);
        var features = new FeatureCatalog([typeof(OrchardCustomers.Module.ModuleAssembly).Assembly]);
        var texts = catalog.All.SelectMany(e => new[] { e.Permission.Description, e.Permission.Category })
            .Concat(features.Features.SelectMany(f => new[] { f.Name, f.Description, f.Category }))
            .OfType<string>().Where(t => t.Length > 0).Distinct();
        var missing = texts.Where(t => Catalog.Find(German, t) is null).ToList();
        Assert.True(missing.Count == 0, "Without German translation: " + string.Join(", ", missing));
    }

    [Fact]
    public void Translations_keep_the_placeholders_of_their_source()
    {
        var wrong = SourceTexts().Select(t => t.Text).Distinct()
            .Select(t => (Source: t, German: Catalog.Find(German, t)?.Translations[0]))
            .Where(t => t.German is not null && !Placeholders(t.Source).SetEquals(Placeholders(t.German)))
            .Select(t => $"{t.Source} => {t.German}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static IEnumerable<IPermissionProvider> ModuleProviders() =>
        typeof(OrchardCustomers.Module.ModuleAssembly).Assembly.GetTypes()
            .Where(t => typeof(IPermissionProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (IPermissionProvider)Activator.CreateInstance(t)!);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static IEnumerable<(string File, string Text)> SourceTexts()
    {
        var root = RepositoryPaths.Root;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "themes"), "*.*", SearchOption.AllDirectories))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var pattern = Path.GetExtension(file) switch
            {
                ".cs" => CSharpText(),
                ".cshtml" => RazorText(),
                _ => null,
            };
            if (pattern is null)
            {
                continue;
            }

            var content = File.ReadAllText(file);
            foreach (Match match in pattern.Matches(content))
            {
                yield return (Path.GetRelativePath(root, file), match.Groups["text"].Value.Replace("\\\"", "\"", StringComparison.Ordinal));
            }
        }
    }

    [GeneratedRegex(@"(?:\bS\[|ErrorMessage\s*=\s*)""(?<text>(?:[^""\\]|\\.)+)""")]
    private static partial Regex CSharpText();

    [GeneratedRegex(@"\bT\[""(?<text>(?:[^""\\]|\\.)+)""")]
    private static partial Regex RazorText();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
