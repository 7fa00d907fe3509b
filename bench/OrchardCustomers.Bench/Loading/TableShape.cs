using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OrchardCustomers.Bench.Loading;

/// <summary>
/// A table's columns read from the tenant's EF model, so that bulk-loaded rows are exactly what EF would write (enum
/// names, JSON parts, dates) without copying the mapping here. Computed columns are left to the database.
/// </summary>
public sealed class TableShape
{
    private TableShape(string table, IReadOnlyList<TableColumn> columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public static TableShape Of<T>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.GetComputedColumnSql(table) is null)
            .Select(p => new TableColumn(p.GetColumnName(table)!, p))
            .ToList();
        return new TableShape(table.Name, columns);
    }

    public object?[] Row(object entity)
    {
        var row = new object?[Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = Columns[i].ProviderValue(entity);
        }

        return row;
    }

    public string QuotedColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
}
