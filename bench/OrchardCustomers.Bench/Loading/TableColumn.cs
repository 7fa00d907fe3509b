using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OrchardCustomers.Bench.Loading;

/// <summary>One column of a table as the EF model maps it: the value EF would send, through the model's own converter.</summary>
public sealed class TableColumn(string name, IProperty property)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();
    private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;

    public string Name { get; } = name;

    public object? ProviderValue(object entity)
    {
        var value = _getter.GetClrValueUsingContainingEntity(entity);
        return value is null || _converter is null ? value : _converter.ConvertToProvider(value);
    }
}
