using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Bench.Generating;

/// <summary>A customer with the derived columns and lookup keys that <c>CustomerIndexer</c> gave it.</summary>
public sealed record GeneratedCustomer(Customer Customer, IReadOnlyList<CustomerKey> Keys);
