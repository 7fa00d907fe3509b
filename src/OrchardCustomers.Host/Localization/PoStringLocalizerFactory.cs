using Microsoft.Extensions.Localization;

namespace OrchardCustomers.Host.Localization;

/// <summary>Every type and view shares the one catalog, so S and T localizers find the same strings.</summary>
public sealed class PoStringLocalizerFactory(TranslationCatalog catalog, TranslationMisses misses) : IStringLocalizerFactory
{
    private readonly PoStringLocalizer _localizer = new(catalog, misses);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
