using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Host.Tenancy.Store;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Numbering;
using OrchardCustomers.Module.Data;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>
/// Every form of the admin, opened on a record with many fields set and saved as it stands, in German and in English:
/// the record read through the site's services afterwards is identical (its version, stamps and time stamps too), and
/// no history entry is written. Every later form joins this class with a case of its own.
/// The API tokens, features and recipes pages have no form that saves a record as it stands: theirs create a token,
/// switch a feature, or run or upload a recipe.
/// </summary>
public sealed class UnchangedSaveTests(CustomersSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<CustomersSite>, IClassFixture<BrowserFixture>
{
    private const string TargetUser = "unchanged-target";
    private const string FieldName = "Zahlungsmoral";
    private const string TenantName = "Unveraendert";

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_customer_form_with_every_part_filled(string language)
    {
        await CustomFieldsOfEveryTypeAsync();
        var customer = await CustomerData.CreateAsync(site, EveryPart(language));
        await LogInAsync(language);

        await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        await Expect(Page.GetByTestId("cf-Newsletter")).ToBeCheckedAsync();
        await Expect(Page.GetByTestId("section-customfields")).ToHaveJSPropertyAsync("open", true);
        await Expect(Page.GetByTestId("cf-Bonitaet")).ToHaveValueAsync("gut");
        await Expect(Page.GetByTestId("latitude")).ToHaveValueAsync(new Regex("52"));

        await SavesUnchangedAsync("customer-save", () => CustomerSnapshotAsync(customer.Id));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_customer_settings_number_ranges(string language)
    {
        await site.InTenantAsync(async sp =>
        {
            var settings = sp.GetRequiredService<CustomerSettingsService>();
            if ((await settings.GetAsync()).NumberPrefix != "KD-")
            {
                await settings.SaveAsync(new CustomerSettings { NumberPrefix = "KD-", NumberPadding = 6 });
            }
        });
        await LogInAsync(language);

        await Page.GotoAsync("Admin/Customers/Settings");
        await Expect(Page.GetByTestId("number-prefix")).ToHaveValueAsync("KD-");
        await SavesUnchangedAsync("save-ranges", SettingsRecordAsync);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_custom_field_form_of_an_existing_field(string language)
    {
        await CustomFieldsOfEveryTypeAsync();
        await LogInAsync(language);

        await Page.GotoAsync($"Admin/Customers/Settings?field={FieldName}");
        await Expect(Page.GetByTestId("field-label")).ToHaveValueAsync("Zahlungsmoral");
        await Expect(Page.GetByTestId("field-show-in-list")).ToBeCheckedAsync();
        await Expect(Page.GetByTestId("field-options")).ToHaveValueAsync("pünktlich\nschleppend");
        await SavesUnchangedAsync("save-field", () => site.InTenantAsync(async sp =>
            Json(await sp.GetRequiredService<CrmDbContext>().CustomFieldDefinitions.AsNoTracking().SingleAsync(f => f.Name == FieldName))));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_user_form(string language)
    {
        var id = await UserAsync(TargetUser, RoleNames.Manager, RoleNames.Accountant);
        await LogInAsync(language);

        await Page.GotoAsync($"Admin/Users/{id}/Edit");
        await Expect(Page.GetByTestId("user-email")).ToHaveValueAsync($"{TargetUser}@example.com");
        await Expect(Page.GetByTestId("user-enabled")).ToBeCheckedAsync();
        await Expect(Page.GetByTestId("role-" + RoleNames.Manager)).ToBeCheckedAsync();
        await SavesUnchangedAsync("user-save", () => UserSnapshotAsync(id));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_role_form(string language)
    {
        await site.InTenantAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<Role>>();
            var role = (await roles.FindByNameAsync(RoleNames.Manager))!;
            if (string.IsNullOrEmpty(role.Description))
            {
                role.Description = "Pflegt Kunden und ihre Daten";
                Assert.True((await roles.UpdateAsync(role)).Succeeded);
            }
        });
        await LogInAsync(language);

        await Page.GotoAsync($"Admin/Roles/{RoleNames.Manager}/Edit");
        await Expect(Page.GetByTestId("role-description")).ToHaveValueAsync("Pflegt Kunden und ihre Daten");
        await SavesUnchangedAsync("role-save", () => RoleSnapshotAsync(RoleNames.Manager));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_site_settings_form(string language)
    {
        await LogInAsync(language);

        await Page.GotoAsync("Admin/Settings");
        await Expect(Page.GetByTestId("settings-site-name")).ToHaveValueAsync("Browser Test GmbH");
        await SavesUnchangedAsync("settings-save", SettingsRecordAsync);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task The_tenant_form(string language)
    {
        var registry = site.Services.GetRequiredService<IShellRegistry>();
        if (await registry.FindAsync(TenantName) is null)
        {
            await registry.CreateAsync(new ShellSettings
            {
                Name = TenantName,
                RequestUrlHost = "kunde.example.com",
                RequestUrlPrefix = "kunde",
                DatabaseProvider = DatabaseProvider.Postgres,
                DatabaseConnectionString = "Host=db;Database=crm;Username=crm",
                DatabaseSchema = "kunde",
                RecipeName = "blank",
                CreatedUtc = DateTime.UtcNow,
            });
        }

        await LogInAsync(language);

        await Page.GotoAsync($"Admin/Tenants/{TenantName}/Edit");
        await Expect(Page.GetByTestId("tenant-schema")).ToHaveValueAsync("kunde");
        await SavesUnchangedAsync("tenant-save", async () =>
        {
            await using var shells = site.Services.GetRequiredService<ShellsDatabase>().CreateContext();
            return Json(await shells.Tenants.AsNoTracking().SingleAsync(t => t.Name == TenantName));
        });
    }

    [Fact]
    public async Task A_yes_no_custom_field_is_stored_as_ticked_and_as_unticked()
    {
        await CustomFieldsOfEveryTypeAsync();
        var customer = await CustomerData.CreateAsync(site, new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = "Häkchen Versand GmbH",
            Addresses = [new AddressInput { Street = "Lindenweg 3", PostalCode = "79098", City = "Freiburg im Breisgau" }],
            CustomFields = { ["Newsletter"] = "true" },
        });
        await LogInAsync("de");

        // Unticked, it is stored as no.
        await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        await Page.GetByTestId("cf-Newsletter").UncheckAsync();
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("notification-success")).ToBeVisibleAsync();
        Assert.Equal(JsonValueKind.False, (await CustomerData.StoredAsync(site, customer.Id)).CustomFields["Newsletter"].ValueKind);

        // A "no" is nothing to unfold for: the section opens on a click, and ticked the field is stored as yes.
        await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        await Expect(Page.GetByTestId("section-customfields")).ToHaveJSPropertyAsync("open", false);
        await Page.GetByTestId("section-customfields").Locator("summary").ClickAsync();
        await Expect(Page.GetByTestId("cf-Newsletter")).Not.ToBeCheckedAsync();
        await Page.GetByTestId("cf-Newsletter").CheckAsync();
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("notification-success")).ToBeVisibleAsync();
        Assert.Equal(JsonValueKind.True, (await CustomerData.StoredAsync(site, customer.Id)).CustomFields["Newsletter"].ValueKind);

        // A customer without a value keeps none when its form is saved as it stands.
        var without = await CustomerData.CompanyAsync(site, "Ohne Haken GmbH", "79100", "Freiburg im Breisgau");
        await Page.GotoAsync($"Admin/Customers/{without.Id}/Edit");
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("notification-success")).ToBeVisibleAsync();
        Assert.False((await CustomerData.StoredAsync(site, without.Id)).CustomFields.ContainsKey("Newsletter"));
    }

    /// <summary>Saves the open form as it stands and compares the record before and after.</summary>
    private async Task SavesUnchangedAsync(string saveTestId, Func<Task<string>> snapshot)
    {
        var before = await snapshot();
        await Forms.SubmitAsync(Page, Page.GetByTestId(saveTestId));
        await Expect(Page.GetByTestId("notification-success")).ToBeVisibleAsync();
        Assert.Equal(before, await snapshot());
    }

    /// <summary>An administrator of their own per language: the language is kept on the account.</summary>
    private async Task LogInAsync(string language)
    {
        var userName = "unchanged-" + language;
        await UserAsync(userName, RoleNames.Administrator);
        await site.InTenantAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByNameAsync(userName))!;
            var culture = language == "en" ? SupportedCultures.English : SupportedCultures.German;
            if (user.Culture != culture)
            {
                user.Culture = culture;
                Assert.True((await users.UpdateAsync(user)).Succeeded);
            }
        });
        await LoginScreen.LogInAsync(Page, userName, TestAccounts.UserPassword);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    private Task<string> UserAsync(string userName, params string[] roles) => site.InTenantAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<User>>();
        if (await users.FindByNameAsync(userName) is { } existing)
        {
            return existing.Id;
        }

        var user = new User { UserName = userName, Email = $"{userName}@example.com", EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, TestAccounts.UserPassword)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return user.Id;
    });

    private Task CustomFieldsOfEveryTypeAsync() => site.InTenantAsync(async sp =>
    {
        var fields = sp.GetRequiredService<CustomFieldService>();
        if ((await fields.GetAllAsync()).Count > 0)
        {
            return;
        }

        await fields.SaveAsync(new CustomFieldDefinition { Name = "Branche", Label = "Branche", Type = CustomFieldType.Text, Position = 10 });
        await fields.SaveAsync(new CustomFieldDefinition { Name = "Mitarbeiter", Label = "Mitarbeiter", Type = CustomFieldType.Number, Position = 20 });
        await fields.SaveAsync(new CustomFieldDefinition { Name = "KundeSeit", Label = "Kunde seit", Type = CustomFieldType.Date, Position = 30 });
        await fields.SaveAsync(new CustomFieldDefinition { Name = "Newsletter", Label = "Newsletter", Type = CustomFieldType.YesNo, Position = 40 });
        await fields.SaveAsync(new CustomFieldDefinition { Name = "Bonitaet", Label = "Bonität", Type = CustomFieldType.Choice, Options = ["gut", "mittel"], Position = 50 });
        await fields.SaveAsync(new CustomFieldDefinition
        {
            Name = FieldName, Label = "Zahlungsmoral", Type = CustomFieldType.Choice, Options = ["pünktlich", "schleppend"],
            ShowInList = true, Hint = "Wie der Kunde bisher gezahlt hat", Position = 60,
        });
    });

    /// <summary>A customer with every part filled; its VAT ID, IBAN, email and name are its own per language, so no duplicate warning stops the save.</summary>
    private static CustomerInput EveryPart(string language)
    {
        var (vatId, iban, postcode) = language == "en" ? ("DE136695976", "DE89370400440532013000", "10117") : ("DE123456788", "DE62370400440532013001", "10115");
        return new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = $"Unverändert {language} Holzbau GmbH",
            Emails = [$"info-{language}@unveraendert.de", $"buchhaltung-{language}@unveraendert.de"],
            BillingEmail = $"rechnung-{language}@unveraendert.de",
            Phones = [new PhoneInput { Type = PhoneType.Office, Number = "030 1234567" }, new PhoneInput { Type = PhoneType.Mobile, Number = "0171 2345678" }],
            Website = "https://www.unveraendert.de",
            Addresses =
            [
                new AddressInput { Street = "Hauptstraße 5", Extra = "Hinterhaus", PostalCode = postcode, City = "Berlin" },
                new AddressInput { Type = AddressType.Billing, Street = "Postfach 12", PostalCode = postcode, City = "Berlin", IsDefaultBilling = true },
            ],
            VatId = vatId,
            TaxNumber = "21/815/08150",
            Language = "en",
            Currency = "CHF",
            PaymentTermDays = 30,
            PaymentMethod = PaymentMethod.SepaDirectDebit,
            Sepa = new SepaInput { Iban = iban, Bic = "COBADEFFXXX", MandateReference = "AF-2026-01", MandateDate = new DateOnly(2026, 1, 15), Scheme = SepaScheme.B2B },
            BuyerReference = "04011000-1234512345-06",
            ElectronicAddress = $"rechnung-{language}@unveraendert.de",
            ElectronicAddressScheme = "EM",
            Category = "Handwerk",
            Tags = ["stammkunde", "holz"],
            Contacts =
            [
                new ContactInput
                {
                    Salutation = Salutation.Ms, FirstName = "Erika", LastName = "Muster", Position = "Einkauf", Emails = [$"erika-{language}@unveraendert.de"],
                    Phones = [new PhoneInput { Number = "030 7654321" }], ReceivesInvoices = true, ReceivesStatements = true,
                },
            ],
            Latitude = 52.52,
            Longitude = 13.405,
            CustomFields =
            {
                ["Branche"] = "Holzbau", ["Mitarbeiter"] = "12.5", ["KundeSeit"] = "2020-02-29", ["Newsletter"] = "true", ["Bonitaet"] = "gut",
                [FieldName] = "pünktlich",
            },
        };
    }

    /// <summary>The customer as the API and the form read it, its version and last change, and how many history entries it has.</summary>
    private Task<string> CustomerSnapshotAsync(long id) => site.InTenantAsync(async sp =>
    {
        var db = sp.GetRequiredService<CrmDbContext>();
        var stored = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == id);
        var entries = await db.Activities.CountAsync(a => a.ContentType == "Customer" && a.ContentItemId == id);
        return Json(new { input = CustomerMapper.ToInput(stored), stored.Version, stored.ModifiedUtc, stored.ModifiedBy, history = entries });
    });

    private Task<string> UserSnapshotAsync(string id) => site.InTenantAsync(async sp =>
    {
        var db = sp.GetRequiredService<HostDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        var roles = await db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).OrderBy(n => n).ToListAsync();
        return Json(new { user, roles });
    });

    private Task<string> RoleSnapshotAsync(string name) => site.InTenantAsync(async sp =>
    {
        var db = sp.GetRequiredService<HostDbContext>();
        var role = await db.Roles.AsNoTracking().SingleAsync(r => r.Name == name);
        var claims = await db.RoleClaims.Where(c => c.RoleId == role.Id).OrderBy(c => c.Id).Select(c => new { c.Id, c.ClaimType, c.ClaimValue }).ToListAsync();
        return Json(new { role.Name, role.Description, role.ConcurrencyStamp, claims });
    });

    private Task<string> SettingsRecordAsync() => site.InTenantAsync(async sp =>
        Json(await sp.GetRequiredService<HostDbContext>().Settings.AsNoTracking().SingleAsync()));

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
