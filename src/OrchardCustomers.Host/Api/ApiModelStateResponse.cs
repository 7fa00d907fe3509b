using Microsoft.AspNetCore.Mvc;

namespace OrchardCustomers.Host.Api;

/// <summary>
/// Problem details for a request body the API could not read: the errors are keyed by the field's camelCase path
/// ("addresses[0].postalCode"), as validation errors are, not by System.Text.Json's "$." paths.
/// </summary>
public static class ApiModelStateResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = context.ModelState
            .Where(e => e.Value?.Errors.Count > 0)
            .GroupBy(e => FieldName(e.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "The value is not valid." : x.ErrorMessage)).ToArray());
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Instance = context.HttpContext.Request.PathBase + context.HttpContext.Request.Path,
        };
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>"$.addresses[0].postalCode" and "Addresses[0].PostalCode" both become "addresses[0].postalCode".</summary>
    public static string FieldName(string key)
    {
        var path = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key == "$" ? "" : key;
        return string.Join('.', path.Split('.').Select(segment => segment.Length > 0 && char.IsUpper(segment[0]) && !segment.StartsWith('[')
            ? char.ToLowerInvariant(segment[0]) + segment[1..]
            : segment));
    }
}
