using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Deletion;
using OrchardCustomers.Module.Customers.Duplicates;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Numbering;
using OrchardCustomers.Module.Customers.Permissions;
using OrchardCustomers.Module.Customers.Validation;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Content;
using OrchardCustomers.Module.Shared.History;

namespace OrchardCustomers.Module.Customers.Services;

/// <summary>
/// Every change to a customer goes through here, from the admin, the API, bulk actions and recipes alike: validation,
/// duplicate warnings, number ranges, the read-only rule, the content handlers (the history among them) and the save
/// happen in one transaction. A user of null is the system (a recipe).
/// </summary>
public sealed class CustomerService(
    CrmDbContext db,
    TenantDatabase database,
    CustomerValidator validator,
    CustomFieldService customFields,
    CustomerSettingsService settings,
    CustomerNumbering numbering,
    DuplicateFinder duplicateFinder,
    ContentHandlerInvoker handlers,
    DeletionGuard deletion,
    PermissionService permissions,
    UserManager<User> users,
    TimeProvider clock,
    IStringLocalizer<CustomerService> S)
{
    public Task<Customer?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        db.Customers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<CustomerSaveResult> CreateAsync(CustomerInput input, bool allowDuplicates, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        if (input.IsReadOnly && !await MayEditReadOnlyAsync(user, cancellationToken))
        {
            return new CustomerSaveResult(CustomerSaveStatus.ReadOnly);
        }

        var customerSettings = await settings.GetAsync(cancellationToken);
        var fields = await customFields.GetAllAsync(cancellationToken);
        var errors = await ValidateAsync(input, fields, customerSettings, 0, cancellationToken);
        if (errors.Count > 0)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Invalid) { Errors = errors };
        }

        var actor = Actor.Of(user);
        var now = clock.GetUtcNow().UtcDateTime;
        var customer = new Customer { CreatedUtc = now, ModifiedUtc = now, CreatedBy = actor.Name, ModifiedBy = actor.Name, Version = 1 };
        CustomerMapper.Apply(customer, input, fields);
        var keys = CustomerIndexer.Index(customer);
        if (!allowDuplicates && await duplicateFinder.FindAsync(customer, keys, cancellationToken) is { Count: > 0 } duplicates)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Duplicates) { Duplicates = duplicates, Customer = customer };
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        customer.Number = await numbering.NextCustomerNumberAsync(customerSettings, cancellationToken);
        customer.DebtorNumber = input.DebtorNumber ?? await numbering.NextDebtorNumberAsync(customerSettings, cancellationToken);
        // A used-up range must not stop the business from taking on customers: save without a debtor number, and say so.
        IReadOnlyList<string> warnings = customer.DebtorNumber is null ? [DebtorRangeUsedUp(customerSettings)] : [];

        var creating = Context(customer, actor);
        await handlers.CreatingAsync(creating, cancellationToken);
        if (creating.IsCancelled)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Blocked) { Customer = customer, Reasons = creating.CancelReasons };
        }

        keys = CustomerIndexer.Index(customer);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        AddKeys(customer, keys);
        await handlers.CreatedAsync(Context(customer, actor, ChangeSet.Between(new CustomerInput(), CustomerMapper.ToInput(customer))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CustomerSaveResult(CustomerSaveStatus.Saved) { Customer = customer, Warnings = warnings };
    }

    public async Task<CustomerSaveResult> UpdateAsync(long id, int expectedVersion, CustomerInput input, bool allowDuplicates, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var customer = await FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return new CustomerSaveResult(CustomerSaveStatus.NotFound);
        }

        if (customer.Version != expectedVersion)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Conflict) { Customer = customer };
        }

        if ((customer.IsReadOnly || input.IsReadOnly) && !await MayEditReadOnlyAsync(user, cancellationToken))
        {
            return new CustomerSaveResult(CustomerSaveStatus.ReadOnly) { Customer = customer };
        }

        var customerSettings = await settings.GetAsync(cancellationToken);
        var fields = await customFields.GetAllAsync(cancellationToken);
        var errors = await ValidateAsync(input, fields, customerSettings, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Invalid) { Errors = errors, Customer = customer };
        }

        var before = CustomerMapper.ToInput(customer);
        CustomerMapper.Apply(customer, input, fields);
        var keys = CustomerIndexer.Index(customer);
        if (!allowDuplicates && await duplicateFinder.FindAsync(customer, keys, cancellationToken) is { Count: > 0 } duplicates)
        {
            db.Entry(customer).State = EntityState.Detached;
            return new CustomerSaveResult(CustomerSaveStatus.Duplicates) { Duplicates = duplicates };
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (input.DebtorNumber is { } manual)
        {
            customer.DebtorNumber = manual;
        }
        else if (customer.DebtorNumber is null)
        {
            customer.DebtorNumber = await numbering.NextDebtorNumberAsync(customerSettings, cancellationToken);
        }

        IReadOnlyList<string> warnings = customer.DebtorNumber is null ? [DebtorRangeUsedUp(customerSettings)] : [];
        var changes = ChangeSet.Between(before, CustomerMapper.ToInput(customer));
        if (changes.Count == 0)
        {
            // Nothing to write, but the save succeeded: inside a caller's transaction (a recipe) an uncommitted
            // part would mark the whole as failed.
            await transaction.CommitAsync(cancellationToken);
            return new CustomerSaveResult(CustomerSaveStatus.Saved) { Customer = customer, Warnings = warnings };
        }

        var actor = Actor.Of(user);
        var updating = Context(customer, actor, changes);
        await handlers.UpdatingAsync(updating, cancellationToken);
        if (updating.IsCancelled)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Blocked) { Customer = customer, Reasons = updating.CancelReasons };
        }

        keys = CustomerIndexer.Index(customer);
        Touch(customer, actor);
        await db.CustomerKeys.Where(k => k.CustomerId == id).ExecuteDeleteAsync(cancellationToken);
        AddKeys(customer, keys);
        return await CommitAsync(transaction, customer, expectedVersion, handlers.UpdatedAsync, Context(customer, actor, changes), cancellationToken) with { Warnings = warnings };
    }

    private string DebtorRangeUsedUp(CustomerSettings customerSettings) =>
        S["The DATEV debtor range {0}–{1} is used up, so this customer has no debtor number. Widen the range under Customer settings (e.g. up to 99999), then save the customer again to give it the next number.",
            customerSettings.DebtorRangeStart, customerSettings.DebtorRangeEnd];

    public Task<CustomerSaveResult> ArchiveAsync(long id, int? expectedVersion, ClaimsPrincipal? user, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, expectedVersion, CustomerStatus.Archived, user, cancellationToken);

    public Task<CustomerSaveResult> RestoreAsync(long id, int? expectedVersion, ClaimsPrincipal? user, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, expectedVersion, CustomerStatus.Active, user, cancellationToken);

    public async Task<CustomerSaveResult> DeleteAsync(long id, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var customer = await FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return new CustomerSaveResult(CustomerSaveStatus.NotFound);
        }

        if (customer.IsReadOnly && !await MayEditReadOnlyAsync(user, cancellationToken))
        {
            return new CustomerSaveResult(CustomerSaveStatus.ReadOnly) { Customer = customer };
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var actor = Actor.Of(user);
        var deleting = Context(customer, actor);
        foreach (var reason in await deletion.GetBlockingReasonsAsync(customer, cancellationToken))
        {
            deleting.Cancel(reason);
        }

        await handlers.DeletingAsync(deleting, cancellationToken);
        if (deleting.IsCancelled)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Blocked) { Customer = customer, Reasons = deleting.CancelReasons };
        }

        db.Customers.Remove(customer);
        await db.SaveChangesAsync(cancellationToken);
        await handlers.DeletedAsync(Context(customer, actor), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CustomerSaveResult(CustomerSaveStatus.Saved) { Customer = customer };
    }

    public Task<bool> MayEditReadOnlyAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default) =>
        user is null ? Task.FromResult(true) : permissions.IsGrantedAsync(user, CustomerPermissions.EditReadOnlyCustomers, cancellationToken);

    private async Task<CustomerSaveResult> ChangeStatusAsync(long id, int? expectedVersion, CustomerStatus status, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var customer = await FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return new CustomerSaveResult(CustomerSaveStatus.NotFound);
        }

        if (expectedVersion is { } version && customer.Version != version)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Conflict) { Customer = customer };
        }

        if (customer.IsReadOnly && !await MayEditReadOnlyAsync(user, cancellationToken))
        {
            return new CustomerSaveResult(CustomerSaveStatus.ReadOnly) { Customer = customer };
        }

        if (customer.Status == status)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Saved) { Customer = customer };
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var loadedVersion = customer.Version;
        var actor = Actor.Of(user);
        customer.Status = status;
        customer.ArchivedUtc = status == CustomerStatus.Archived ? clock.GetUtcNow().UtcDateTime : null;
        CustomerIndexer.Index(customer);
        Touch(customer, actor);
        return await CommitAsync(transaction, customer, loadedVersion,
            status == CustomerStatus.Archived ? handlers.ArchivedAsync : handlers.RestoredAsync, Context(customer, actor), cancellationToken);
    }

    /// <summary>
    /// Saves with the version the editor saw as the concurrency token: a save in between makes this one a conflict.
    /// The "-ed" event runs after the save and before the commit, so that what its handlers write commits with it.
    /// </summary>
    private async Task<CustomerSaveResult> CommitAsync(
        TenantTransaction transaction,
        Customer customer,
        int expectedVersion,
        Func<ContentContext, CancellationToken, Task> saved,
        ContentContext context,
        CancellationToken cancellationToken)
    {
        db.Entry(customer).Property(c => c.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CustomerSaveResult(CustomerSaveStatus.Conflict);
        }

        await saved(context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CustomerSaveResult(CustomerSaveStatus.Saved) { Customer = customer };
    }

    private static ContentContext Context(Customer customer, Actor actor, IReadOnlyList<FieldChange>? changes = null) =>
        new(CustomersFeature.ContentType, customer, actor)
        {
            ItemId = customer.Id,
            DisplayText = $"{customer.Number} {customer.DisplayName}",
            Changes = changes ?? [],
        };

    private void Touch(Customer customer, Actor actor)
    {
        customer.Version++;
        customer.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        customer.ModifiedBy = actor.Name;
    }

    private void AddKeys(Customer customer, IReadOnlyList<CustomerKey> keys)
    {
        foreach (var key in keys)
        {
            key.CustomerId = customer.Id;
            db.CustomerKeys.Add(key);
        }
    }

    private async Task<List<CustomerError>> ValidateAsync(CustomerInput input, IReadOnlyList<CustomFieldDefinition> fields, CustomerSettings customerSettings, long customerId, CancellationToken cancellationToken)
    {
        var errors = validator.Validate(input, fields, customerSettings).ToList();
        if (input.DebtorNumber is { } debtor && await numbering.IsDebtorNumberTakenAsync(debtor, customerId, cancellationToken))
        {
            errors.Add(new CustomerError(nameof(input.DebtorNumber), S["The debtor number {0} belongs to another customer.", debtor]));
        }

        if (!string.IsNullOrWhiteSpace(input.AccountManagerId) && await users.FindByIdAsync(input.AccountManagerId) is not { IsEnabled: true })
        {
            errors.Add(new CustomerError(nameof(input.AccountManagerId), S["Choose an account manager from the users of this site."]));
        }

        return errors;
    }

    private static CustomerSaveResult Invalid(string field, string message) =>
        new(CustomerSaveStatus.Invalid) { Errors = [new CustomerError(field, message)] };
}
