namespace OrchardCustomers.Host.Modules.Greeting;

/// <summary>
/// A host service that does nothing but say which implementation answers. Features replace it in tests, to show that
/// a replacement is active only in tenants where its feature is enabled.
/// </summary>
public interface IGreeting
{
    /// <summary>The id of the feature whose implementation answered (decorators add theirs).</summary>
    string From { get; }
}
