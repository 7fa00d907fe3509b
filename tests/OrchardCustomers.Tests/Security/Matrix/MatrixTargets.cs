using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>
/// Fresh records for the probes, made straight through the services (not over HTTP, to keep each case cheap), and the
/// snapshots of their state. Remembers what it made so that <see cref="CleanUpAsync"/> can take it away again.
/// </summary>
public sealed class MatrixTargets(MultiTenantSite fixture, string tenant)
{
    public const string CustomerPrefix = "Matrixkunde";

    private readonly List<long> _customers = [];
    private readonly List<Func<Task>> _cleanUps = [];
    private int _sequence;

    public MultiTenantSite Fixture => fixture;

    public string Tenant => tenant;

    /// <summary>A name no earlier case used: letters and digits only, so that it passes every name rule.</summary>
    public string Unique(string prefix) => prefix + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];

    public Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action) => fixture.Site.InTenantAsync(tenant, action);

    public Task InTenantAsync(Func<IServiceProvider, Task> action) => fixture.Site.InTenantAsync(tenant, action);

    /// <summary>Runs after the test, whatever happened: puts back what a probe changed outside its own fresh records.</summary>
    public void OnCleanUp(Func<Task> cleanUp) => _cleanUps.Add(cleanUp);

    /// <param name="readOnly">Marked read-only, as an accountant does after the DATEV export.</param>
    public async Task<long> NewCustomerAsync(bool archived = false, bool readOnly = false)
    {
        var id = await InTenantAsync(async sp =>
        {
            var customers = sp.GetRequiredService<CustomerService>();
            var created = await customers.CreateAsync(new CustomerInput
            {
                Kind = CustomerKind.Company,
                CompanyName = Unique(CustomerPrefix),
                IsReadOnly = readOnly,
                Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }],
            }, allowDuplicates: true, user: null);
            var customer = created.Customer ?? throw new InvalidOperationException($"The target customer was not created: {created.Status}");
            if (archived)
            {
                await customers.ArchiveAsync(customer.Id, null, null);
            }

            return customer.Id;
        });
        _customers.Add(id);
        return id;
    }

    public Task<int> VersionAsync(long customerId) =>
        InTenantAsync(sp => sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Version).SingleAsync());

    public async Task<Guid> NewNoteAsync(long customerId)
    {
        var note = new CustomerNote { Id = Guid.NewGuid(), CustomerId = customerId, Text = "Matrix", AuthorName = "test", CreatedUtc = DateTime.UtcNow };
        await InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            db.CustomerNotes.Add(note);
            await db.SaveChangesAsync();
        });
        return note.Id;
    }

    public async Task<Guid> NewFileAsync(long customerId)
    {
        var file = new ContentFile
        {
            Id = Guid.NewGuid(), ContentType = "Customer", ContentItemId = customerId, FileName = "matrix.txt", MediaType = "text/plain",
            Content = "Matrix"u8.ToArray(), Length = 6, UploadedBy = "test", UploadedUtc = DateTime.UtcNow,
        };
        await InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            db.Files.Add(file);
            await db.SaveChangesAsync();
        });
        return file.Id;
    }

    /// <summary>Everything an action on one customer can change: status, version, name, category, notes, files, picture.</summary>
    public Task<string> CustomerAsync(long customerId) => InTenantAsync(async sp =>
    {
        // One round trip: the probe reads this twice per case.
        var db = sp.GetRequiredService<CrmDbContext>();
        var state = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new
        {
            c.Status, c.Version, c.DisplayName, c.Category,
            Notes = db.CustomerNotes.Count(n => n.CustomerId == c.Id),
            Files = db.Files.Count(f => f.ContentType == "Customer" && f.ContentItemId == c.Id),
            Picture = db.Pictures.Any(p => p.ContentType == "Customer" && p.ContentItemId == c.Id),
        }).SingleOrDefaultAsync();
        return state is null ? "missing"
            : $"{state.Status} v{state.Version} {state.DisplayName} category={state.Category} notes={state.Notes} files={state.Files} picture={state.Picture}";
    });

    /// <summary>The customers (made here or through a probe) with this exact name.</summary>
    public Task<string> CustomersNamedAsync(string name) => InTenantAsync(async sp =>
    {
        var ids = await sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().Where(c => c.DisplayName == name).Select(c => c.Id).ToListAsync();
        _customers.AddRange(ids.Except(_customers));
        return $"{ids.Count} named {name}";
    });

    public async Task CleanUpAsync()
    {
        foreach (var cleanUp in _cleanUps)
        {
            await cleanUp();
        }

        _cleanUps.Clear();
        await InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            await db.CustomerNotes.Where(n => _customers.Contains(n.CustomerId)).ExecuteDeleteAsync();
            await db.Files.Where(f => f.ContentType == "Customer" && _customers.Contains(f.ContentItemId)).ExecuteDeleteAsync();
            await db.Pictures.Where(p => p.ContentType == "Customer" && _customers.Contains(p.ContentItemId)).ExecuteDeleteAsync();
            var customers = sp.GetRequiredService<CustomerService>();
            foreach (var id in _customers)
            {
                await customers.DeleteAsync(id, null);
            }
        });
        _customers.Clear();
    }
}
