using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.History;

/// <summary>Adds an entry to a customer's history; saved with the change it describes.</summary>
public sealed class ActivityRecorder(CrmDbContext db, TimeProvider clock)
{
    public void Record(long customerId, CustomerActivityKind kind, Actor actor, IReadOnlyList<FieldChange>? changes = null, string? detail = null) =>
        db.CustomerActivities.Add(new CustomerActivity
        {
            CustomerId = customerId,
            Kind = kind,
            UserId = actor.UserId,
            UserName = actor.Name,
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Changes = changes ?? [],
            Detail = detail is { Length: > 500 } ? detail[..500] : detail,
        });
}
