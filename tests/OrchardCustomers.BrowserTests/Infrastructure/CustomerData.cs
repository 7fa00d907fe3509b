using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>
/// Customers prepared behind the pages, through the site's own services, for tests whose subject is not the form.
/// Each is saved as the system would save it (numbered, indexed for search, with a history entry).
/// </summary>
public static class CustomerData
{
    public sealed record Created(long Id, string Number, string DisplayName);

    public static Task<Created> CompanyAsync(CustomersSite site, string companyName, string postcode = "10115", string city = "Berlin", string? vatId = null) =>
        CreateAsync(site, new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = companyName,
            VatId = vatId,
            Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = postcode, City = city }],
        });

    /// <summary>A company as a bookkeeper's list holds them: street, city, an email address and a category.</summary>
    public static Task<Created> BusinessAsync(CustomersSite site, string companyName, string street, string postcode, string city, string email, string? category = null) =>
        CreateAsync(site, new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = companyName,
            Emails = [email],
            Category = category,
            Addresses = [new AddressInput { Street = street, PostalCode = postcode, City = city }],
        });

    public static async Task<Created> CreateAsync(CustomersSite site, CustomerInput input) =>
        await site.InTenantAsync(async sp =>
        {
            var result = await sp.GetRequiredService<CustomerService>().CreateAsync(input, allowDuplicates: true, user: null);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The test customer was not saved: {result.Status} {string.Join("; ", result.Errors.Select(e => e.Field + ": " + e.Message))}");
            }

            return new Created(result.Customer!.Id, result.Customer.Number, result.Customer.DisplayName);
        });

    /// <summary>Moves the day a customer was added, which no page can change, e.g. to make a date filter meaningful.</summary>
    public static Task SetAddedAsync(CustomersSite site, long id, DateTime utc) =>
        site.InTenantAsync(async sp =>
        {
            var changed = await sp.GetRequiredService<CrmDbContext>().Customers.Where(c => c.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedUtc, utc));
            Assert.Equal(1, changed);
        });

    /// <summary>How many customers of that name are stored, whatever their status.</summary>
    public static Task<int> CountAsync(CustomersSite site, string displayName) =>
        site.InTenantAsync(sp => sp.GetRequiredService<CrmDbContext>().Customers.CountAsync(c => c.DisplayName == displayName));

    /// <summary>The customer as stored now, read past every page.</summary>
    public static Task<Customer> StoredAsync(CustomersSite site, long id) =>
        site.InTenantAsync(sp => sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().SingleAsync(c => c.Id == id));
}
