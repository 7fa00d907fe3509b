using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Deletion;

/// <summary>Asks every enabled feature's deletion rule whether a customer may go.</summary>
public sealed class DeletionGuard(IEnumerable<ICustomerDeletionRule> rules, ShellFeaturesManager features)
{
    public async Task<IReadOnlyList<string>> GetBlockingReasonsAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        var reasons = new List<string>();
        foreach (var rule in await features.WhereEnabledAsync(rules, cancellationToken))
        {
            if (await rule.GetBlockingReasonAsync(customer, cancellationToken) is { } reason)
            {
                reasons.Add(reason);
            }
        }

        return reasons;
    }
}
