using System.Text.Json;

namespace OrchardCustomers.Host.Settings;

public static class SiteSettingsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
