using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace OrchardCustomers.Host.Localization;

/// <summary>
/// The texts the UI asked for in a language the catalogue has, and found no translation for: each one is English shown
/// to a German user. Logged once per text, and kept (bounded) so that a test can render every page and read them.
/// </summary>
public sealed partial class TranslationMisses(ILogger<TranslationMisses> logger)
{
    private const int MaxKept = 2000;

    private readonly ConcurrentDictionary<(string Language, string Text), byte> _misses = new();

    public void Record(CultureInfo culture, string text)
    {
        if (_misses.Count >= MaxKept || !_misses.TryAdd((culture.TwoLetterISOLanguageName, text), 0))
        {
            return;
        }

        LogMiss(logger, culture.Name, text);
    }

    /// <summary>The misses so far, for one language ("de").</summary>
    public IReadOnlyList<string> For(string language) =>
        [.. _misses.Keys.Where(k => string.Equals(k.Language, language, StringComparison.OrdinalIgnoreCase)).Select(k => k.Text).Order(StringComparer.Ordinal)];

    [LoggerMessage(Level = LogLevel.Warning, Message = "No {Culture} translation for the text \"{Text}\"")]
    private static partial void LogMiss(ILogger logger, string culture, string text);
}
