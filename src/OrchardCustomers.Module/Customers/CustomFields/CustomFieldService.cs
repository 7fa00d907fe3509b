using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.CustomFields;

public sealed class CustomFieldService
{
    private readonly CrmDbContext _db;
    private IReadOnlyList<CustomFieldDefinition>? _cached;

    public CustomFieldService(CrmDbContext db, TenantDatabase database)
    {
        _db = db;
        // A recipe that defined fields and then failed must not leave them visible for the rest of the request.
        database.OnRollback(() => _cached = null);
    }

    public async Task<IReadOnlyList<CustomFieldDefinition>> GetAllAsync(CancellationToken cancellationToken = default) =>
        _cached ??= await _db.CustomFieldDefinitions.AsNoTracking().OrderBy(f => f.Position).ThenBy(f => f.Name).ToListAsync(cancellationToken);

    public async Task SaveAsync(CustomFieldDefinition definition, CancellationToken cancellationToken = default)
    {
        var existing = await _db.CustomFieldDefinitions.SingleOrDefaultAsync(f => f.Name == definition.Name, cancellationToken);
        if (existing is null)
        {
            _db.CustomFieldDefinitions.Add(definition);
        }
        else
        {
            _db.Entry(existing).CurrentValues.SetValues(definition);
            existing.Options = definition.Options;
        }

        await _db.SaveChangesAsync(cancellationToken);
        _cached = null;
    }

    /// <summary>Removes the definition; values already stored stay in the customers' data, out of sight.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var deleted = await _db.CustomFieldDefinitions.Where(f => f.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
        _cached = null;
        return deleted;
    }
}
