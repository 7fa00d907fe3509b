namespace OrchardCustomers.Host.Data;

public sealed class TenantDbContextRegistry
{
    private readonly List<TenantDbContextRegistration> _registrations = [];

    public IReadOnlyList<TenantDbContextRegistration> Registrations => _registrations;

    internal void Add(TenantDbContextRegistration registration)
    {
        if (_registrations.Any(r => r.ContextType == registration.ContextType))
        {
            throw new InvalidOperationException($"{registration.ContextType.Name} is registered twice.");
        }

        if (_registrations.Any(r => string.Equals(r.HistoryTable, registration.HistoryTable, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"The migrations history table '{registration.HistoryTable}' is used twice.");
        }

        _registrations.Add(registration);
    }
}
