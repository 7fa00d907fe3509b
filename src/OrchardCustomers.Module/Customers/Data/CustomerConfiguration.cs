using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Data;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.ToTable("Customers");
        customer.HasKey(c => c.Id);
        customer.Property(c => c.Version).IsConcurrencyToken();
        customer.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        customer.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        customer.Property(c => c.Number).HasMaxLength(32);
        // Sized from the input limits, so that no valid input can overflow a column.
        customer.Property(c => c.DisplayName).HasMaxLength(CustomerLimits.DisplayName);
        customer.Property(c => c.SortName).HasMaxLength(CustomerLimits.DisplayName);
        customer.Property(c => c.PrimaryEmail).HasMaxLength(320);
        customer.Property(c => c.City).HasMaxLength(CustomerLimits.City);
        customer.Property(c => c.PostalCode).HasMaxLength(CustomerLimits.PostalCode);
        customer.Property(c => c.Category).HasMaxLength(CustomerLimits.Category);
        customer.Property(c => c.CreatedBy).HasMaxLength(256);
        customer.Property(c => c.ModifiedBy).HasMaxLength(256);

        customer.Property(c => c.Name).AsJson();
        customer.Property(c => c.Contact).AsJson();
        customer.Property(c => c.Addresses).AsJson();
        customer.Property(c => c.Tax).AsJson();
        customer.Property(c => c.Billing).AsJson();
        customer.Property(c => c.EInvoicing).AsJson();
        customer.Property(c => c.Organisation).AsJson();
        customer.Property(c => c.Contacts).AsJson();
        customer.Property(c => c.Location).HasConversion(JsonColumn.NullableConverter<LocationPart>());
        customer.Property(c => c.CustomFields).HasConversion(
            JsonColumn.Converter<IReadOnlyDictionary<string, JsonElement>>(), JsonColumn.Comparer<IReadOnlyDictionary<string, JsonElement>>()).IsRequired();

        customer.Property(c => c.ContentItemId).HasMaxLength(64);
        customer.HasIndex(c => c.ContentItemId).IsUnique();
        customer.HasIndex(c => c.Number).IsUnique();
        customer.HasIndex(c => c.DebtorNumber).IsUnique();
        // The list's orders, each with the id as tie-breaker for keyset paging, per status.
        customer.HasIndex(c => new { c.Status, c.SortName, c.Id });
        customer.HasIndex(c => new { c.Status, c.PrimaryEmail, c.Id });
        customer.HasIndex(c => new { c.Status, c.Number, c.Id });
        customer.HasIndex(c => new { c.Status, c.CreatedUtc, c.Id });
        // A date-added filter in name order reads the page's ids from this index alone, without the wide rows.
        customer.HasIndex(c => new { c.Status, c.CreatedUtc, c.SortName, c.Id });
        customer.HasIndex(c => new { c.Status, c.Category });
    }
}
