using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.CustomFields;

public sealed class CustomFieldService(CrmDbContext db)
{
    private IReadOnlyList<CustomFieldDefinition>? _cached;

    public async Task<IReadOnlyList<CustomFieldDefinition>> GetAllAsync(CancellationToken cancellationToken = default) =>
        _cached ??= await db.CustomFieldDefinitions.AsNoTracking().OrderBy(f => f.Position).ThenBy(f => f.Name).ToListAsync(cancellationToken);

    public async Task SaveAsync(CustomFieldDefinition definition, CancellationToken cancellationToken = default)
    {
        var existing = await db.CustomFieldDefinitions.SingleOrDefaultAsync(f => f.Name == definition.Name, cancellationToken);
        if (existing is null)
        {
            db.CustomFieldDefinitions.Add(definition);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(definition);
            existing.Options = definition.Options;
        }

        await db.SaveChangesAsync(cancellationToken);
        _cached = null;
    }

    /// <summary>Removes the definition; values already stored stay in the customers' data, out of sight.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var deleted = await db.CustomFieldDefinitions.Where(f => f.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
        _cached = null;
        return deleted;
    }
}
