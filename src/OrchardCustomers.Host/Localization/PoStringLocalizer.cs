using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OrchardCustomers.Host.Localization;

public sealed class PoStringLocalizer(TranslationCatalog catalog, TranslationMisses misses) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture;
            var entry = catalog.Find(culture, name);
            if (entry is null && catalog.HasLanguage(culture))
            {
                misses.Record(culture, name);
            }

            return new LocalizedString(name, entry?.Translations[0] ?? name, resourceNotFound: entry is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.Keys(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(k => this[k]);
}
