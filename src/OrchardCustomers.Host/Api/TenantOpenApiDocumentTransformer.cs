using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Api;

/// <summary>
/// Makes the OpenAPI document the current tenant's: its server URL carries the tenant prefix, bearer tokens are
/// declared, and the endpoints of features disabled in this tenant are left out.
/// </summary>
public sealed class TenantOpenApiDocumentTransformer(IHttpContextAccessor httpContextAccessor) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var http = httpContextAccessor.HttpContext;
        if (http is null)
        {
            return;
        }

        var shell = http.RequestServices.GetRequiredService<ShellContext>();
        document.Info.Title = $"OrchardCustomers API ({shell.Settings.Name})";
        document.Servers = [new OpenApiServer { Url = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/" }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal API token, created in the admin under API tokens.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];

        if (shell.Settings.State != TenantState.Running || document.Paths is null)
        {
            return;
        }

        var features = http.RequestServices.GetRequiredService<ShellFeaturesManager>();
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var hidden = context.DescriptionGroups
            .SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.EndpointMetadata.OfType<FeatureAttribute>().Any(f => !enabled.Contains(f.FeatureId)))
            .Select(d => "/" + d.RelativePath?.Split('?')[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var path in document.Paths.Keys.Where(hidden.Contains).ToList())
        {
            document.Paths.Remove(path);
        }
    }
}
