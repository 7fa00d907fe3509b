using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Recipes.History;

namespace OrchardCustomers.Host.Recipes;

/// <summary>
/// Runs a recipe's steps in order, in one transaction: a failing step stops the recipe with a message that names it,
/// and everything the recipe had done is rolled back.
/// </summary>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    ShellFeaturesManager features,
    TenantDatabase database,
    HostDbContext db,
    IOptions<RecipeOptions> options,
    TimeProvider clock,
    ILogger<RecipeExecutor> logger)
{
    /// <exception cref="RecipeStepException">A step failed; nothing of the recipe was kept.</exception>
    public async Task ExecuteAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, object?> parameters, string? userName, CancellationToken cancellationToken)
    {
        var startedUtc = clock.GetUtcNow().UtcDateTime;
        var ownsTransaction = database.CurrentTransaction is null;
        try
        {
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            await RunStepsAsync(recipe, parameters, depth: 0, cancellationToken);
            Record(recipe, userName, startedUtc, error: null);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Ran the recipe {RecipeName}", recipe.Name);
        }
        catch (RecipeStepException ex)
        {
            logger.LogWarning("The recipe {RecipeName} failed and was rolled back: {Reason}", recipe.Name, ex.Message);
            if (ownsTransaction)
            {
                Record(recipe, userName, startedUtc, ex.Message);
                await db.SaveChangesAsync(cancellationToken);
            }

            throw;
        }
    }

    /// <summary>Runs the steps in the caller's transaction; used by <see cref="ExecuteAsync"/> and the <c>recipes</c> step.</summary>
    public async Task RunStepsAsync(RecipeDescriptor recipe, IReadOnlyDictionary<string, object?> parameters, int depth, CancellationToken cancellationToken)
    {
        if (depth > options.Value.MaxDepth)
        {
            throw new RecipeStepException(recipe.Name, 0, "recipes", $"Recipes are nested more than {options.Value.MaxDepth} deep; do they include each other?");
        }

        using var script = new RecipeScript(parameters, options.Value);
        try
        {
            script.DefineVariables(RecipeParser.Get(recipe.Document, "variables") as JsonObject);
        }
        catch (InvalidOperationException ex)
        {
            throw new RecipeStepException(recipe.Name, 0, "variables", ex.Message, ex);
        }

        var steps = (JsonArray)RecipeParser.Get(recipe.Document, "steps")!;
        for (var i = 0; i < steps.Count; i++)
        {
            var number = i + 1;
            var stepName = steps[i] is JsonObject named && RecipeParser.Get(named, "name") is JsonValue value && value.TryGetValue(out string? n) ? n : null;
            if (stepName is null)
            {
                throw new RecipeStepException(recipe.Name, number, "?", "The step has no \"name\".");
            }

            var handler = await FindHandlerAsync(stepName, cancellationToken)
                ?? throw new RecipeStepException(recipe.Name, number, stepName, "Unknown step: no enabled feature provides it.");
            try
            {
                var step = (JsonObject)script.Expand(steps[i]!.DeepClone())!;
                await handler.ExecuteAsync(
                    new RecipeStepContext { Recipe = recipe, StepNumber = number, StepName = stepName, Step = step, Parameters = parameters, Depth = depth },
                    cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new RecipeStepException(recipe.Name, number, stepName, ex is RecipeStepException or RecipeStepValueException ? ex.Message : Describe(ex), ex);
            }
        }
    }

    private async Task<IRecipeStepHandler?> FindHandlerAsync(string stepName, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers.Where(h => string.Equals(h.StepName, stepName, StringComparison.OrdinalIgnoreCase)))
        {
            if (await features.IsEnabledAsync(FeatureCatalog.FeatureOf(handler.GetType()), cancellationToken))
            {
                return handler;
            }
        }

        return null;
    }

    /// <summary>Database errors hide the useful part in the inner exception.</summary>
    private static string Describe(Exception ex) => ex.InnerException is { } inner && ex is Microsoft.EntityFrameworkCore.DbUpdateException
        ? inner.Message
        : ex.Message;

    private void Record(RecipeDescriptor recipe, string? userName, DateTime startedUtc, string? error) =>
        db.RecipeRuns.Add(new RecipeRunRecord
        {
            Id = Guid.NewGuid(),
            RecipeName = recipe.Name,
            UserName = userName,
            StartedUtc = startedUtc,
            CompletedUtc = clock.GetUtcNow().UtcDateTime,
            Succeeded = error is null,
            Error = error is { Length: > 4000 } ? error[..4000] : error,
        });
}
