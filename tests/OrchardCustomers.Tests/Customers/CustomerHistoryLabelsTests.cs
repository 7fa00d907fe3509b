using System.Globalization;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Shared.History;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

/// <summary>The customer's history reads in the user's words: labels, not the stored paths; Ja/Nein; German formats.</summary>
[Collection(Collections.SqliteTenants)]
public sealed class CustomerHistoryLabelsTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "globex";

    [Fact]
    public async Task Stored_paths_become_labels_and_values_in_german()
    {
        FieldChange[] changes =
        [
            new("paymentTermDays", "14", "10"),
            new("paymentTermDays", null, "30"),
            new("customFields.HistNewsletter", null, "true"),
            new("customFields.HistSeit", "2020-02-29", "2026-01-31"),
            new("customFields.Gone", "a", "b"),
            new("phones[0].number", "030 1234567", "030 7654321"),
            new("phones[1].number", null, "0171 2345678"),
            new("contacts[0].id", null, "2f7c1f5e-0000-0000-0000-000000000000"),
            new("contacts[1].phones[1].number", null, "0421 3364455"),
            new("addresses[0].city", "Berlin", "Leipzig"),
            new("isReadOnly", "true", null),
            new("sepa.iban", null, "DE89370400440532013000"),
            new("sepa.mandateDate", null, "2026-01-15"),
            new("paymentMethod", "bankTransfer", "sepaDirectDebit"),
            new("latitude", "52.52", "48.1374"),
            new("somethingNew", "a", "b"),
        ];

        var lines = await InGermanAsync(async () =>
        {
            await EnsureFieldsAsync();
            return await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<HistoryLabels>().DescribeAsync("Customer", changes));
        });

        Assert.Equal(
        [
            new HistoryLine("Zahlungsziel", "14", "10", "Tage"),
            new HistoryLine("Zahlungsziel", "0", "30", "Tage"),
            new HistoryLine("Newsletter", "Nein", "Ja"),
            new HistoryLine("Kunde seit", "29.02.2020", "31.01.2026"),
            new HistoryLine("Gone", "a", "b"),
            new HistoryLine("Telefon", "030 1234567", "030 7654321"),
            new HistoryLine("Telefon 2", null, "0171 2345678"),
            new HistoryLine("Ansprechpartner 2 – Telefon 2", null, "0421 3364455"),
            new HistoryLine("Adresse – Ort", "Berlin", "Leipzig"),
            new HistoryLine("Schreibgeschützt", "Ja", "Nein"),
            new HistoryLine("IBAN", null, "DE89 3704 0044 0532 0130 00"),
            new HistoryLine("Mandat unterschrieben am", null, "15.01.2026"),
            new HistoryLine("Zahlungsart", "Überweisung", "SEPA-Lastschrift"),
            new HistoryLine("Breitengrad", "52,52", "48,1374"),
            new HistoryLine("somethingNew", "a", "b"),
        ], lines);
    }

    [Fact]
    public async Task The_panel_shows_a_change_of_the_payment_term_as_a_bookkeeper_reads_it()
    {
        var name = "Verlauf " + Guid.NewGuid().ToString("N");
        var input = new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = name,
            Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }],
            PaymentTermDays = 14,
        };
        var created = await fixture.Site.InTenantAsync(Tenant, async sp => (await sp.GetRequiredService<CustomerService>().CreateAsync(input, true, null)).Customer!);
        input.PaymentTermDays = 10;
        var saved = await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CustomerService>().UpdateAsync(created.Id, created.Version, input, true, null));
        Assert.Equal(CustomerSaveStatus.Saved, saved.Status);
        var id = created.Id;
        var session = new WebSession(fixture.Client(Tenant));
        await session.LoginOrFailAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator), AutoSetup.Password);

        var panel = await session.GetPageAsync($"Admin/Customers/{id}/Panel");

        var changes = panel.QuerySelectorAll("[data-testid='history-change']").Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["Zahlungsziel: 14 → 10 Tage"], changes);
        Assert.DoesNotContain("paymentTermDays", panel.QuerySelector("[data-testid='panel-history']")?.TextContent, StringComparison.Ordinal);
        fixture.Site.Errors.AssertEmpty();
    }

    private Task EnsureFieldsAsync() => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var fields = sp.GetRequiredService<CustomFieldService>();
        if ((await fields.GetAllAsync()).Any(f => f.Name == "HistNewsletter"))
        {
            return;
        }

        await fields.SaveAsync(new CustomFieldDefinition { Name = "HistNewsletter", Label = "Newsletter", Type = CustomFieldType.YesNo, Position = 900 });
        await fields.SaveAsync(new CustomFieldDefinition { Name = "HistSeit", Label = "Kunde seit", Type = CustomFieldType.Date, Position = 901 });
    });

    private static async Task<T> InGermanAsync<T>(Func<Task<T>> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
