namespace OrchardCustomers.Module.Customers.Panel;

public sealed record FilesSectionModel(long CustomerId, IReadOnlyList<FileRow> Files, bool CanEdit, long MaxBytes);
