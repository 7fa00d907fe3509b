using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OrchardCustomers.Host.Limits;

/// <summary>States the limits of <see cref="MaxCharsAttribute"/> and <see cref="MaxItemsAttribute"/> in the OpenAPI document.</summary>
public sealed class InputLimitsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is not ICustomAttributeProvider property)
        {
            return Task.CompletedTask;
        }

        var chars = property.GetCustomAttributes(typeof(MaxCharsAttribute), true).OfType<MaxCharsAttribute>().FirstOrDefault();
        var items = property.GetCustomAttributes(typeof(MaxItemsAttribute), true).OfType<MaxItemsAttribute>().FirstOrDefault();
        if (schema.Items is OpenApiSchema item)
        {
            schema.MaxItems = items?.Max ?? schema.MaxItems;
            item.MaxLength = chars?.Max ?? item.MaxLength;
        }
        else if (schema.AdditionalProperties is OpenApiSchema value)
        {
            schema.MaxProperties = items?.Max ?? schema.MaxProperties;
            value.MaxLength = chars?.Max ?? value.MaxLength;
        }
        else if (chars is not null)
        {
            schema.MaxLength = chars.Max;
        }

        return Task.CompletedTask;
    }
}
