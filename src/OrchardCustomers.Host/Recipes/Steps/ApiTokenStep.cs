using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Host.Recipes.Steps;

/// <summary>
/// <c>{ "name": "ApiToken", "UserName": "admin", "Name": "CI", "Token": "[js: parameters('ApiToken')]" }</c>:
/// gives a user a personal API token with a known value, for scripts that provision a tenant.
/// </summary>
public sealed class ApiTokenStep(UserManager<User> users, ApiTokenService tokens) : IRecipeStepHandler
{
    public string StepName => "ApiToken";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<ApiTokenStepModel>();
        var user = await users.FindByNameAsync(model.UserName) ?? throw new RecipeStepValueException($"There is no user '{model.UserName}'.");
        if (model.Token.Length < ApiTokenService.MinimumLength)
        {
            throw new RecipeStepValueException($"The token must be at least {ApiTokenService.MinimumLength} characters long.");
        }

        await tokens.CreateWithValueAsync(user.Id, string.IsNullOrWhiteSpace(model.Name) ? "Recipe" : model.Name, model.Token, model.ExpiresUtc, cancellationToken);
    }
}
