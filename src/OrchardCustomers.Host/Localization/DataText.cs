using System.Globalization;

namespace OrchardCustomers.Host.Localization;

/// <summary>
/// Texts that come from data but usually from us, e.g. the title of a shipped recipe: shown translated when the
/// catalogue knows them, else as written. Unlike S[…] a missing translation is no miss, since a recipe an operator
/// uploaded has none.
/// </summary>
public sealed class DataText(TranslationCatalog catalog)
{
    public string this[string? text] => catalog.TranslateOrKeep(CultureInfo.CurrentUICulture, text);
}
