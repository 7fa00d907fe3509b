namespace OrchardCustomers.Module.Customers.Editor;

/// <param name="Title">The section's heading (its legend).</param>
/// <param name="PartialView">The Razor partial that renders the section, by its full path.</param>
public sealed record CustomerEditorSectionView(string Id, string Title, string PartialView, object Model)
{
    /// <summary>
    /// A rarely used section: shown folded (a &lt;details&gt;) unless <see cref="HasValue"/> or one of its fields has an
    /// error. Folding keeps the form short; a value or an error must never hide behind a fold.
    /// </summary>
    public bool Collapsible { get; init; }

    /// <summary>The section holds something worth seeing: it opens unfolded.</summary>
    public bool HasValue { get; init; }

    /// <summary>The start of the posted field names of this section (e.g. "Input.Latitude"): an error under one opens it.</summary>
    public IReadOnlyList<string> FieldPrefixes { get; init; } = [];
}
