using Microsoft.Extensions.Localization;

namespace OrchardCustomers.Host.Localization;

public static class StringLocalizerExtensions
{
    /// <summary>
    /// Picks the singular or the plural text; <c>{0}</c> is the count. German and English both have exactly these two
    /// forms, so each form is its own msgid in the PO file.
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, int count, string singular, string plural, params object[] arguments) =>
        localizer[count == 1 ? singular : plural, [count, .. arguments]];
}
