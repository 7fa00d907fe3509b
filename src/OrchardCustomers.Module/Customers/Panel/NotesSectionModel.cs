using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Panel;

public sealed record NotesSectionModel(long CustomerId, IReadOnlyList<CustomerNote> Notes, bool CanEdit);
