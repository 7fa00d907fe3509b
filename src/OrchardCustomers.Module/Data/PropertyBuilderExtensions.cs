using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OrchardCustomers.Module.Data;

public static class PropertyBuilderExtensions
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class =>
        property.HasConversion(JsonColumn.Converter<T>(), JsonColumn.Comparer<T>()).IsRequired();
}
