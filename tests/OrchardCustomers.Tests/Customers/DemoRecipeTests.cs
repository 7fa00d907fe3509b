using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Customers.Validation;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

/// <summary>A site set up with the shipped demo recipe (AutoSetup, RecipeName = demo): its custom fields and customers.</summary>
public abstract class DemoRecipeTests : IAsyncLifetime
{
    private DatabaseSite _database = null!;

    protected abstract DatabaseKind Kind { get; }

    private SiteFactory Site => _database.Site;

    public async Task InitializeAsync() => _database = await DatabaseSite.StartWithRecipeAsync(Kind, "demo");

    [Fact]
    public async Task The_demo_recipe_defines_the_custom_fields_with_their_types()
    {
        Site.Errors.AssertEmpty();
        var fields = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomFieldService>().GetAllAsync());

        Assert.Equal(["Branche", "Mitarbeiter", "KundeSeit", "Newsletter"], fields.Select(f => f.Name));
        var branche = fields[0];
        Assert.Equal(CustomFieldType.Choice, branche.Type);
        Assert.Equal(["Handel", "Handwerk", "Gastronomie", "Dienstleistung", "Industrie", "Öffentliche Hand"], branche.Options);
        Assert.True(branche.ShowInList);
        Assert.Equal("Wählen Sie die passende Branche.", branche.Hint);
        Assert.Equal((CustomFieldType.Number, "Mitarbeiter", false), (fields[1].Type, fields[1].Label, fields[1].ShowInList));
        Assert.Equal((CustomFieldType.Date, "Kunde seit", true), (fields[2].Type, fields[2].Label, fields[2].ShowInList));
        Assert.Equal((CustomFieldType.YesNo, "Newsletter", false), (fields[3].Type, fields[3].Label, fields[3].ShowInList));
        Assert.Equal([0, 1, 2, 3], fields.Select(f => f.Position));
    }

    [Fact]
    public async Task The_demo_recipe_creates_about_fifty_valid_german_and_austrian_customers()
    {
        Site.Errors.AssertEmpty();
        var customers = await AllCustomersAsync();

        Assert.InRange(customers.Count, 45, 60);
        Assert.Equal(customers.Count, customers.Select(c => c.ContentItemId).Distinct().Count());
        Assert.All(customers, c => Assert.Matches("^demo-kunde-[0-9]{3}$", c.ContentItemId));
        Assert.Equal(customers.Count, customers.Select(c => c.Number).Distinct().Count());
        Assert.Equal(customers.Count, customers.Select(c => c.DebtorNumber).Distinct().Count());
        Assert.InRange(customers.Count(c => c.Kind == CustomerKind.Person), 10, 20);
        Assert.InRange(customers.Count(c => Recipient(c).Country == "AT"), 8, 20);
        Assert.All(customers, c => Assert.Contains(Recipient(c).Country, new[] { "DE", "AT" }));

        // Every company carries a legal form, and the names use the German letters.
        var companies = customers.Where(c => c.Kind == CustomerKind.Company && c.Organisation.Category != "Öffentlicher Auftraggeber").Select(c => c.DisplayName).ToList();
        Assert.All(companies, name => Assert.Matches(@"(GmbH|AG|KG|e\.K\.|PartG mbB|GesmbH|Ges\.m\.b\.H\.)", name));
        foreach (var form in new[] { "GmbH & Co. KG", " AG", " KG", "e.K.", "GesmbH" })
        {
            Assert.Contains(companies, name => name.Contains(form, StringComparison.Ordinal));
        }

        foreach (var letter in new[] { "ä", "ö", "ü", "ß" })
        {
            Assert.Contains(customers, c => c.DisplayName.Contains(letter, StringComparison.Ordinal));
        }

        // Postcodes in the country's format, reachable phone numbers, VAT IDs and IBANs with right check digits.
        Assert.All(customers.SelectMany(c => c.Addresses).Where(a => !a.IsEmpty), a => Assert.Matches(a.Country == "DE" ? "^[0-9]{5}$" : "^[0-9]{4}$", a.PostalCode));
        Assert.All(customers.SelectMany(c => c.Contact.Phones.Concat(c.Contacts.SelectMany(p => p.Phones))), p => Assert.NotNull(p.E164));
        Assert.All(customers, c => Assert.NotEmpty(c.Contact.Emails));
        var vatIds = customers.Select(c => c.Tax.VatId).OfType<string>().ToList();
        Assert.True(vatIds.Count >= 30, $"{vatIds.Count} VAT IDs");
        Assert.All(vatIds, v => Assert.Equal(VatIdCheck.Valid, VatIds.Check(v)));
        Assert.Contains(vatIds, v => v.StartsWith("DE", StringComparison.Ordinal));
        Assert.Contains(vatIds, v => v.StartsWith("ATU", StringComparison.Ordinal));

        var sepa = customers.Where(c => c.Billing.PaymentMethod == PaymentMethod.SepaDirectDebit).ToList();
        Assert.InRange(sepa.Count, 3, 10);
        Assert.All(sepa, c => Assert.True(Ibans.IsValid(c.Billing.Sepa!.Iban!), c.Billing.Sepa.Iban));
        Assert.Contains(sepa, c => c.Billing.Sepa!.Scheme == SepaScheme.Core);
        Assert.Contains(sepa, c => c.Billing.Sepa!.Scheme == SepaScheme.B2B);
        Assert.Contains(sepa, c => c.Billing.Sepa!.Iban!.StartsWith("AT", StringComparison.Ordinal));

        Assert.True(customers.Count(c => c.Addresses.Any(a => a.Type == AddressType.Billing)) >= 3);
        Assert.True(customers.Count(c => c.Addresses.Any(a => a.Type == AddressType.Delivery)) >= 5);
        Assert.True(customers.Count(c => c.Location is not null) >= 5);
        Assert.True(customers.Count(c => c.Contacts.Count > 0) >= 20);
        Assert.Equal(4, customers.Count(c => c.Status == CustomerStatus.Archived));
        Assert.All(customers.Where(c => c.Status == CustomerStatus.Archived), c => Assert.NotNull(c.ArchivedUtc));
        Assert.Equal("Straßburger Maschinenbau AG", Assert.Single(customers, c => c.IsReadOnly).DisplayName);
        Assert.All(customers, c => Assert.True(c.CustomFields.ContainsKey("KundeSeit"), c.DisplayName));
    }

    [Fact]
    public async Task The_demo_customers_carry_their_parts_as_the_recipe_gives_them()
    {
        Site.Errors.AssertEmpty();
        var customers = await AllCustomersAsync();
        Customer Named(string name) => Assert.Single(customers, c => c.DisplayName == name);

        // An Austrian company: four-digit postcode, AT, an ATU VAT ID, phone numbers read as Austrian ones.
        var huber = Named("Huber Bau GesmbH");
        Assert.Equal(("Sterneckstraße 33", "5020", "Salzburg", "AT"), (Recipient(huber).Street, Recipient(huber).PostalCode, Recipient(huber).City, Recipient(huber).Country));
        Assert.Equal(("5020", "Salzburg"), (huber.PostalCode, huber.City));
        Assert.Equal("ATU57612346", huber.Tax.VatId);
        Assert.Equal("+43662873450", huber.Contact.Phones[0].E164);
        Assert.Equal("+436641234567", huber.Contacts[0].Phones[0].E164);
        Assert.Equal("AT802040400000123456", huber.Billing.Sepa!.Iban);

        // A SEPA direct debit with its mandate.
        var mueller = Named("Müller Holzbau GmbH");
        Assert.Equal(PaymentMethod.SepaDirectDebit, mueller.Billing.PaymentMethod);
        var mandate = mueller.Billing.Sepa!;
        Assert.Equal("DE67680501010012345678", mandate.Iban);
        Assert.Equal("FRSPDE66XXX", mandate.Bic);
        Assert.Equal("MH-2019-0001", mandate.MandateReference);
        Assert.Equal(new DateOnly(2019, 3, 14), mandate.MandateDate);
        Assert.Equal(SepaScheme.B2B, mandate.Scheme);
        Assert.Equal("DE143826194", mueller.Tax.VatId);
        Assert.Equal("rechnung@mueller-holzbau.example", mueller.Contact.BillingEmail);
        Assert.Equal("https://www.mueller-holzbau.example", mueller.Contact.Website);
        Assert.Equal(["+497614589120", "+497614589129"], mueller.Contact.Phones.Select(p => p.E164));
        Assert.Equal([PhoneType.Office, PhoneType.Fax], mueller.Contact.Phones.Select(p => p.Type));
        Assert.Equal(new LocationPart(47.9959, 7.8522), mueller.Location);
        var delivery = Assert.Single(mueller.Addresses, a => a.Type == AddressType.Delivery);
        Assert.Equal(("Lager Halle 3", "79108"), (delivery.Extra, delivery.PostalCode));

        // Contacts with positions and the mail they receive.
        var groessmann = Named("Größmann Logistik GmbH & Co. KG");
        Assert.Equal(["Größmann", "Petersen", "Hansen"], groessmann.Contacts.Select(c => c.LastName));
        var accounts = groessmann.Contacts[2];
        Assert.Equal(("Birte", "Kreditorenbuchhaltung", Salutation.Ms), (accounts.FirstName, accounts.Position, accounts.Salutation));
        Assert.Equal(MailRoles.Invoices | MailRoles.Reminders | MailRoles.Statements, accounts.MailRoles);
        Assert.Equal(MailRoles.None, groessmann.Contacts[1].MailRoles);
        Assert.Equal(["kreditoren@groessmann-logistik.example"], accounts.Emails);
        Assert.Equal(MailRoles.Invoices | MailRoles.Reminders, Named("Müller Holzbau GmbH").Contacts.Single(c => c.LastName == "Krämer").MailRoles);
        var billing = Assert.Single(groessmann.Addresses, a => a.IsDefaultBilling);
        Assert.Equal((AddressType.Billing, "20404"), (billing.Type, billing.PostalCode));
        Assert.Equal(("20095", "Hamburg"), (groessmann.PostalCode, groessmann.City));
        Assert.Equal(["Rahmenvertrag", "Skonto"], groessmann.Organisation.Tags);
        Assert.Equal("A-Kunde", groessmann.Category);

        // The archived and the read-only one.
        var archived = Named("Rhein-Main Immobilienverwaltung GmbH");
        Assert.Equal(CustomerStatus.Archived, archived.Status);
        Assert.NotNull(archived.ArchivedUtc);
        var readOnly = Named("Straßburger Maschinenbau AG");
        Assert.True(readOnly.IsReadOnly);
        Assert.Equal(CustomerStatus.Active, readOnly.Status);
        Assert.Equal("en", readOnly.Billing.Language);

        // The public buyer: a Leitweg-ID as buyer reference and as electronic address.
        var publicBuyer = Named("Zweckverband Wasserversorgung Ammertal");
        Assert.True(LeitwegIds.IsValid(publicBuyer.EInvoicing.BuyerReference!), publicBuyer.EInvoicing.BuyerReference);
        Assert.Equal(publicBuyer.EInvoicing.BuyerReference, publicBuyer.EInvoicing.ElectronicAddress);
        Assert.Equal("0204", publicBuyer.EInvoicing.ElectronicAddressScheme);
        Assert.Equal("Öffentliche Hand", publicBuyer.CustomFields["Branche"].GetString());

        // Persons: salutation, title, the company they belong to.
        var weiss = Named("Weiß, Ursula");
        Assert.Equal((CustomerKind.Person, Salutation.Ms, "Dr.", "Ursula", "Weiß"), (weiss.Kind, weiss.Name.Salutation, weiss.Name.Title, weiss.Name.FirstName, weiss.Name.LastName));
        Assert.Equal(SepaScheme.Core, weiss.Billing.Sepa!.Scheme);
        Assert.Equal("Größmann Logistik GmbH & Co. KG", Named("Größmann, Jürgen").Organisation.CompanyDetails!.CompanyName);
        Assert.Equal("+4915228817399", Named("Öztürk, Ayşe").Contact.Phones[0].E164);

        // Custom field values, typed: a number, a date, a yes/no and a choice.
        Assert.Equal(JsonValueKind.Number, mueller.CustomFields["Mitarbeiter"].ValueKind);
        Assert.Equal(24m, mueller.CustomFields["Mitarbeiter"].GetDecimal());
        Assert.Equal(JsonValueKind.True, mueller.CustomFields["Newsletter"].ValueKind);
        Assert.Equal(JsonValueKind.False, groessmann.CustomFields["Newsletter"].ValueKind);
        Assert.Equal("2016-04-01", mueller.CustomFields["KundeSeit"].GetString());
        Assert.Equal("Handwerk", mueller.CustomFields["Branche"].GetString());
        Assert.False(weiss.CustomFields.ContainsKey("Mitarbeiter"));
    }

    [Fact]
    public async Task The_demo_customers_are_found_by_search_and_filters()
    {
        Site.Errors.AssertEmpty();
        var list = await Site.InTenantAsync("Default", async sp =>
        {
            var service = sp.GetRequiredService<CustomerListService>();
            return new
            {
                Groessmann = await service.QueryAsync(new CustomerListQuery { Q = "Grossmann" }),
                Strasse = await service.QueryAsync(new CustomerListQuery { Q = "strassburger" }),
                Yilmaz = await service.QueryAsync(new CustomerListQuery { Q = "Yilmaz" }),
                Archived = await service.QueryAsync(new CustomerListQuery { Status = CustomerStatusFilter.Archived }),
                Active = await service.QueryAsync(new CustomerListQuery { PageSize = 100 }),
                Tagged = await service.QueryAsync(new CustomerListQuery { Tag = "Rahmenvertrag", PageSize = 100 }),
            };
        });

        Assert.Equal(["Größmann Logistik GmbH & Co. KG", "Größmann, Jürgen"], list.Groessmann.Items.Select(i => i.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal(["Straßburger Maschinenbau AG", "Straßburger, Sören"], list.Strasse.Items.Select(i => i.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal("Yılmaz, Mehmet", Assert.Single(list.Yilmaz.Items).DisplayName);
        Assert.Equal(4, list.Archived.Total);
        Assert.Equal(list.Active.Total, list.Active.Items.Count);
        Assert.DoesNotContain(list.Active.Items, i => i.DisplayName == "Rhein-Main Immobilienverwaltung GmbH");
        Assert.Equal(6, list.Tagged.Total);
    }

    [Fact]
    public async Task In_the_demo_strasse_finds_Strasse_and_streets_contact_persons_and_phone_numbers_are_searched()
    {
        Site.Errors.AssertEmpty();
        var customers = await AllCustomersAsync();
        async Task<List<string>> FindAsync(string q) => await Site.InTenantAsync("Default", async sp =>
            (await sp.GetRequiredService<CustomerListService>().QueryAsync(new CustomerListQuery { Q = q, Status = CustomerStatusFilter.All, PageSize = 100 }))
            .Items.Select(i => i.DisplayName).Order(StringComparer.Ordinal).ToList());

        // "strasse" finds the Straßburgers by name and every customer on a "… Straße" by street; "straße" the same.
        var strasse = await FindAsync("strasse");
        Assert.Contains("Straßburger Maschinenbau AG", strasse);
        var onAStrasse = customers.Where(c => c.Addresses.Any(a => a.Street is { } street && street.Contains(" Straße", StringComparison.Ordinal))).Select(c => c.DisplayName).ToList();
        Assert.True(onAStrasse.Count >= 5, $"{onAStrasse.Count} demo customers on a '… Straße'");
        Assert.All(onAStrasse, name => Assert.Contains(name, strasse));
        Assert.Equal(strasse, await FindAsync("straße"));
        Assert.Equal(strasse, await FindAsync("STRASSE"));

        Assert.Contains("Müller Holzbau GmbH", await FindAsync("tullastrasse"));
        Assert.Equal(["Müller Holzbau GmbH"], await FindAsync("0761 4589120"));
        Assert.Equal(["Müller Holzbau GmbH"], await FindAsync("+49 761 4589120"));
        Assert.Equal(["Müller Holzbau GmbH"], await FindAsync("4589120"));
        Assert.Equal(["Größmann Logistik GmbH & Co. KG"], await FindAsync("Birte"));
    }

    [Fact]
    public async Task After_the_recipe_import_the_category_and_tag_menus_hold_every_value_in_use()
    {
        Site.Errors.AssertEmpty();
        var (categories, tags, expectedCategories, expectedTags) = await Site.InTenantAsync("Default", async sp =>
        {
            var menus = sp.GetRequiredService<CustomerListMenus>();
            var db = sp.GetRequiredService<CrmDbContext>();
            return (await menus.GetCategoriesAsync(), await menus.GetTagsAsync(),
                await db.Customers.Where(c => c.Category != null).Select(c => c.Category!).Distinct().OrderBy(c => c).ToListAsync(),
                await db.CustomerKeys.Where(k => k.Kind == CustomerKeyKind.Tag).Select(k => k.Value).Distinct().OrderBy(t => t).ToListAsync());
        });

        Assert.True(categories.Count >= 3, string.Join(", ", categories));
        Assert.Contains("rahmenvertrag", tags);
        Assert.Equal(expectedCategories, categories);
        Assert.Equal(expectedTags, tags);
    }

    private Task<List<Customer>> AllCustomersAsync() =>
        Site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().OrderBy(c => c.ContentItemId).ToListAsync());

    private static Address Recipient(Customer customer) => customer.Addresses.First(a => a.Type == AddressType.Recipient);

    public async Task DisposeAsync()
    {
        Site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
