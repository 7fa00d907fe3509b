namespace OrchardCustomers.Host.Recipes.History;

/// <summary>One run of a recipe in a tenant, kept for the operator: who ran what, and how it ended.</summary>
public sealed class RecipeRunRecord
{
    public Guid Id { get; set; }

    public required string RecipeName { get; set; }

    public string? UserName { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime CompletedUtc { get; set; }

    public bool Succeeded { get; set; }

    public string? Error { get; set; }
}
