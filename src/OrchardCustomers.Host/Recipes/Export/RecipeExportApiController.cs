using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary><c>GET /api/recipes/export</c>: the tenant as a recipe (see <see cref="RecipeExporter"/>).</summary>
[Route("api/recipes")]
public sealed class RecipeExportApiController(RecipeExporter exporter) : ApiControllerBase
{
    /// <summary>Runs with ManageRecipes: who may run a recipe may change everything an export shows.</summary>
    [HttpGet("export")]
    [RequirePermission("ManageRecipes")]
    [EndpointSummary("Export the tenant as a recipe")]
    [EndpointDescription("Features, settings, custom fields, roles and content items, as a recipe the Recipes page or a new tenant can run. Users, password hashes, API tokens, keys, history, notes and files are not exported.")]
    [Produces("application/json")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task Export(CancellationToken cancellationToken) =>
        await RecipeExportResponse.WriteAsync(Response, exporter, cancellationToken);
}
