namespace OrchardCustomers.Host.Recipes.Steps;

public sealed class ApiTokenStepModel
{
    public string UserName { get; init; } = "";

    public string Name { get; init; } = "";

    public string Token { get; init; } = "";

    public DateTime? ExpiresUtc { get; init; }
}
