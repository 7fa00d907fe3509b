using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Recipes.Export;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Recipes.Admin;

/// <summary>Runs a recipe on the running tenant, from the recipes folder or uploaded.</summary>
[Route("Admin/Recipes")]
[RequirePermission("ManageRecipes")]
public sealed class RecipesController(
    RecipeHarvester harvester,
    RecipeExecutor executor,
    HostDbContext db,
    SiteService site,
    Notifier notifier,
    IStringLocalizer<RecipesController> S) : Controller
{
    public const long MaxUploadBytes = 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new RecipesViewModel
    {
        Recipes = [.. (await harvester.GetRecipesAsync(cancellationToken)).Where(r => !r.IsSetupRecipe)],
        RecentRuns = await db.RecipeRuns.AsNoTracking().OrderByDescending(r => r.StartedUtc).Take(10).ToListAsync(cancellationToken),
        TimeZone = (await site.GetAsync(cancellationToken)).TimeZone,
    });

    /// <summary>The tenant as a recipe, streamed as a download (see <see cref="RecipeExporter"/>).</summary>
    [HttpGet("Export")]
    public async Task Export([FromServices] RecipeExporter exporter, CancellationToken cancellationToken) =>
        await RecipeExportResponse.WriteAsync(Response, exporter, cancellationToken);

    [HttpPost("{name}/Run")]
    public async Task<IActionResult> Run(string name, CancellationToken cancellationToken)
    {
        var recipe = await harvester.FindAsync(name, cancellationToken);
        if (recipe is null || recipe.IsSetupRecipe)
        {
            return NotFound();
        }

        await RunAsync(recipe, cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("Upload")]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            notifier.Error(S["Choose a recipe file (.json) to upload."]);
        }
        else if (file.Length > MaxUploadBytes)
        {
            notifier.Error(S["The file is larger than 1 MB; a recipe is not."]);
        }
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            try
            {
                var recipe = RecipeParser.Parse(await reader.ReadToEndAsync(cancellationToken), "upload");
                await RunAsync(recipe, cancellationToken);
            }
            catch (RecipeFormatException ex)
            {
                notifier.Error(S["The file is not a recipe: {0}", ex.Message]);
            }
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task RunAsync(RecipeDescriptor recipe, CancellationToken cancellationToken)
    {
        try
        {
            await executor.ExecuteAsync(recipe, new Dictionary<string, object?>(), User.Identity?.Name, cancellationToken);
            notifier.Success(S["The recipe {0} ran successfully.", recipe.DisplayName]);
        }
        catch (RecipeStepException ex)
        {
            notifier.Error(S["The recipe {0} failed and changed nothing. {1}", recipe.DisplayName, ex.Message]);
        }
    }
}
