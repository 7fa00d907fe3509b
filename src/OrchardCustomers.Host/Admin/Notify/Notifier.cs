using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Admin.Notify;

/// <summary>
/// Flash messages that survive one redirect (post-redirect-get), carried in a protected cookie of the tenant's own,
/// as Orchard's notifier does.
/// </summary>
public sealed class Notifier(IDataProtectionProvider dataProtection, ShellContext shell)
{
    private const string CookieBaseName = ".OrchardCustomers.Notify";
    private readonly IDataProtector _protector = dataProtection.CreateProtector("OrchardCustomers.Notifier");
    private readonly List<NotifyEntry> _entries = [];

    public IReadOnlyList<NotifyEntry> Entries => _entries;

    public void Success(string message, string? secret = null) => _entries.Add(new(NotifyType.Success, message, secret));

    public void Information(string message) => _entries.Add(new(NotifyType.Information, message));

    public void Warning(string message) => _entries.Add(new(NotifyType.Warning, message));

    public void Error(string message) => _entries.Add(new(NotifyType.Error, message));

    /// <summary>Before a redirect: keep the messages for the next page.</summary>
    internal void Persist(HttpContext context)
    {
        if (_entries.Count == 0)
        {
            return;
        }

        var payload = _protector.Protect(JsonSerializer.Serialize(_entries));
        context.Response.Cookies.Append(CookieName, payload, Options(context));
    }

    /// <summary>Before a page is rendered: take the messages the previous request left.</summary>
    internal void Restore(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var payload))
        {
            return;
        }

        context.Response.Cookies.Delete(CookieName, Options(context));
        try
        {
            var restored = JsonSerializer.Deserialize<List<NotifyEntry>>(_protector.Unprotect(payload));
            _entries.InsertRange(0, restored ?? []);
        }
        catch (Exception ex) when (ex is JsonException or System.Security.Cryptography.CryptographicException)
        {
            // A tampered or outdated cookie carries nothing worth showing.
        }
    }

    private string CookieName => shell.HasTenant ? CookieBaseName + "_" + shell.Settings.Name : CookieBaseName;

    private static CookieOptions Options(HttpContext context) => new()
    {
        Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
    };
}
