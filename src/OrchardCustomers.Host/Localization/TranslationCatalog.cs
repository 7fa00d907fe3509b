using System.Globalization;
using System.Reflection;

namespace OrchardCustomers.Host.Localization;

/// <summary>
/// All translations, by language, from the <c>Localization/{lang}.po</c> files embedded in the host, the modules and
/// the theme. English source strings are the keys, as in Orchard.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly Dictionary<string, Dictionary<string, PoEntry>> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".po", StringComparison.OrdinalIgnoreCase)))
            {
                var language = Path.GetFileNameWithoutExtension(resource).Split('.')[^1];
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var entries = _byLanguage.TryGetValue(language, out var existing) ? existing : _byLanguage[language] = new(StringComparer.Ordinal);
                foreach (var entry in PoFile.Parse(reader))
                {
                    entries[entry.Id] = entry;
                }
            }
        }
    }

    public IReadOnlyCollection<string> Keys(string language) =>
        _byLanguage.TryGetValue(language, out var entries) ? entries.Keys : [];

    /// <summary>Whether the catalogue translates into the culture's language at all (English, the source, has no file).</summary>
    public bool HasLanguage(CultureInfo culture) => _byLanguage.ContainsKey(culture.TwoLetterISOLanguageName);

    /// <summary>
    /// For texts that come from data (a recipe's title, a system role's description): the translation when the
    /// catalogue has one, else the text as it is. Not a miss: a role an administrator named has no translation.
    /// </summary>
    public string TranslateOrKeep(CultureInfo culture, string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : Find(culture, text)?.Translations[0] ?? text;

    /// <summary>The entry for the culture (de-DE), falling back to its language (de).</summary>
    public PoEntry? Find(CultureInfo culture, string id)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byLanguage.TryGetValue(c.Name, out var entries) && entries.TryGetValue(id, out var entry))
            {
                return entry;
            }
        }

        return null;
    }
}
