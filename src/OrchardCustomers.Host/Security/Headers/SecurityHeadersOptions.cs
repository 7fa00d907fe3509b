namespace OrchardCustomers.Host.Security.Headers;

/// <summary>The security headers of every response; <c>OrchardCustomers:SecurityHeaders</c> in configuration.</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "OrchardCustomers:SecurityHeaders";

    /// <summary>
    /// For HTML pages. The admin's views have no inline script, style element or style attribute, so 'self' is enough;
    /// a module that needs more widens it here rather than in its views.
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    /// <summary>For browsers that do not know CSP's frame-ancestors.</summary>
    public string FrameOptions { get; set; } = "DENY";
}
