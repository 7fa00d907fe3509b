using System.Globalization;
using System.Text.RegularExpressions;
using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>The customer form: a company and a person with their errors, duplicates, a concurrent edit, both languages.</summary>
public sealed class CustomerFormTests(CustomersSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<CustomersSite>, IClassFixture<BrowserFixture>
{
    private static readonly Regex CustomerNumber = new(@"K-\d{5}");

    [Fact]
    public async Task A_company_and_a_person_are_refused_with_errors_at_their_fields_then_saved_with_consecutive_numbers()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        var company = await CreateCompanyAsync();
        var person = await CreatePersonAsync();
        Assert.Equal(NumberValue(company) + 1, NumberValue(person));

        // Both are found by the list's search, each alone.
        await CustomerList.GotoAsync(Page);
        await CustomerList.SearchAsync(Page, "Kühn Elektro");
        Assert.Equal(["Brandt & Kühn Elektrotechnik GmbH"], await CustomerList.NamesAsync(Page));
        await CustomerList.SearchAsync(Page, "Wagenknecht");
        Assert.Equal(["Wagenknecht, Ilse"], await CustomerList.NamesAsync(Page));
    }

    [Fact]
    public async Task The_sepa_mandate_shows_only_for_direct_debit_and_a_switch_and_back_loses_nothing()
    {
        var customer = await CustomerData.CreateAsync(site, new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = "Lastschrift Wechsel GmbH",
            Addresses = [new AddressInput { Street = "Kaiserstraße 9", PostalCode = "76133", City = "Karlsruhe" }],
            Phones = [new PhoneInput { Type = PhoneType.Office, Number = "0761/4589120" }, new PhoneInput { Type = PhoneType.Other, Number = "0043 1 5332140" }],
            PaymentMethod = PaymentMethod.SepaDirectDebit,
            Sepa = new SepaInput { Iban = "de44 5001 0517 5407 3249 31", Bic = "INGDDEFFXXX", MandateReference = "LW-2026-07", MandateDate = new DateOnly(2026, 2, 1) },
        });
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);

        // The IBAN reads in groups of four, in the form as in the panel; a phone number once, national or international.
        await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        var sepa = Page.GetByTestId("sepa");
        await Expect(sepa).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("iban")).ToHaveValueAsync("DE44 5001 0517 5407 3249 31");

        // Another method hides the mandate; back to direct debit, it is there as it was.
        await Page.GetByTestId("payment-method").SelectOptionAsync("BankTransfer");
        await Expect(sepa).ToBeHiddenAsync();
        await Page.GetByTestId("payment-method").SelectOptionAsync("SepaDirectDebit");
        await Expect(sepa).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("mandate-reference")).ToHaveValueAsync("LW-2026-07");

        // Saved with another method, the mandate stays stored, out of sight, for when direct debit comes back.
        await Page.GetByTestId("payment-method").SelectOptionAsync("BankTransfer");
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("notification-success")).ToBeVisibleAsync();
        var stored = await CustomerData.StoredAsync(site, customer.Id);
        Assert.Equal((PaymentMethod.BankTransfer, "DE44500105175407324931", "LW-2026-07"), (stored.Billing.PaymentMethod, stored.Billing.Sepa?.Iban, stored.Billing.Sepa?.MandateReference));
        var panel = CustomerPanel.Panel(Page);
        await Expect(panel.GetByTestId("panel-iban")).ToHaveTextAsync("DE44 5001 0517 5407 3249 31");
        await Expect(panel.GetByTestId("panel-phone")).ToHaveTextAsync(["0761 4589120", "+43 1 5332140"]);
        await Expect(panel.GetByTestId("panel-details")).Not.ToContainTextAsync("(+49");

        await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        await Expect(sepa).ToBeHiddenAsync();
        await Page.GetByTestId("payment-method").SelectOptionAsync("SepaDirectDebit");
        await Expect(Page.GetByTestId("iban")).ToHaveValueAsync("DE44 5001 0517 5407 3249 31");

        // Without script, nothing hides: the mandate shows whatever the method.
        var plain = await NewPageAsync(Desktop, javaScript: false);
        await LoginScreen.LogInAsync(plain, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await plain.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        await Expect(plain.GetByTestId("payment-method")).ToHaveValueAsync("BankTransfer");
        await Expect(plain.GetByTestId("sepa")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Rare_sections_are_folded_until_they_hold_a_value_or_an_error_and_the_save_bar_stays_in_reach()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerForm.GotoCreateAsync(Page);
        foreach (var id in new[] { "einvoicing", "location" })
        {
            await Expect(Page.GetByTestId("section-" + id)).ToHaveJSPropertyAsync("open", false);
        }

        await Expect(Page.GetByTestId("buyer-reference")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("company-name")).ToBeVisibleAsync();

        // The save bar is on screen while the top of the long form is.
        await Expect(Page.GetByTestId("customer-save")).ToBeInViewportAsync();

        // A wrong value in a folded section opens it, with the error beside the field.
        await Page.GetByTestId("section-einvoicing").Locator("summary").ClickAsync();
        await Page.GetByTestId("company-name").FillAsync("Faltprobe GmbH");
        await CustomerForm.FillFirstAddressAsync(Page, "Am Falz 1", "04109", "Leipzig");
        await Page.GetByTestId("buyer-reference").FillAsync("04011000-1234512345-07");
        await Page.GetByTestId("section-einvoicing").Locator("summary").ClickAsync();
        await Expect(Page.GetByTestId("buyer-reference")).ToBeHiddenAsync();
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("section-einvoicing")).ToHaveJSPropertyAsync("open", true);
        await Expect(Page.GetByTestId("error-BuyerReference")).Not.ToBeEmptyAsync();
        await Expect(Page.GetByTestId("section-location")).ToHaveJSPropertyAsync("open", false);
    }

    [Fact]
    public async Task The_form_fits_a_phone_and_a_desktop_without_panning_sideways()
    {
        // An IBAN no other test of this class uses: the site is shared, and a form save would flag the same IBAN as a duplicate.
        var customer = await CustomerData.CreateAsync(site, new CustomerInput
        {
            CompanyName = "Bildprobe Schreinerei Hummel GmbH",
            Emails = ["info@schreinerei-hummel.de"],
            Phones = [new PhoneInput { Type = PhoneType.Office, Number = "0761 4589120" }],
            Addresses = [new AddressInput { Street = "Wiesentalstraße 12", PostalCode = "79115", City = "Freiburg im Breisgau" }],
            PaymentMethod = PaymentMethod.SepaDirectDebit,
            Sepa = new SepaInput { Iban = "DE02120300000000202051", MandateReference = "HUMMEL-2026-01", MandateDate = new DateOnly(2026, 1, 15) },
            Contacts = [new ContactInput { FirstName = "Lena", LastName = "Hummel", Position = "Geschäftsführerin", Emails = ["lena@schreinerei-hummel.de"] }],
        });
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);

        foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
        {
            await Page.SetViewportSizeAsync(width, height);
            await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
            await Expect(Page.GetByTestId("customer-save")).ToBeVisibleAsync();
            Assert.False(await CustomerList.PagePansSidewaysAsync(Page), $"The form pans sideways at {width} px.");
            await Screenshots.TakeAsync(Page, $"form-{width}.png");
        }
    }

    [Fact]
    public async Task A_company_with_the_vat_id_of_another_is_flagged_with_a_link_to_it_and_saved_anyway()
    {
        var existing = await CustomerData.CompanyAsync(site, "Hansen Fischhandel GmbH", "20095", "Hamburg", vatId: "DE811193231");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerForm.GotoCreateAsync(Page);
        await Page.GetByTestId("company-name").FillAsync("Nordsee Feinkost KG");
        await CustomerForm.FillFirstAddressAsync(Page, "Große Elbstraße 7", "22767", "Hamburg");
        await Page.GetByTestId("vat-id").FillAsync("de 811 193 231");
        await CustomerForm.SaveAsync(Page);

        var duplicate = Page.GetByTestId("duplicates").GetByTestId("duplicate");
        await Expect(duplicate).ToHaveCountAsync(1);
        await Expect(duplicate).ToContainTextAsync($"Hansen Fischhandel GmbH ({existing.Number})");
        await Expect(duplicate).ToContainTextAsync("gleiche USt-IdNr.");
        Assert.Equal(0, await CustomerData.CountAsync(site, "Nordsee Feinkost KG"));

        // The link shows the other customer, in a tab of its own so that the form stays as it is.
        var other = await Page.RunAndWaitForPopupAsync(() => duplicate.GetByRole(AriaRole.Link).ClickAsync());
        await Expect(CustomerPanel.Panel(other).GetByTestId("panel-title")).ToHaveTextAsync("Hansen Fischhandel GmbH");
        await Expect(CustomerPanel.Panel(other).GetByTestId("panel-number")).ToHaveTextAsync(existing.Number);
        await other.CloseAsync();

        await Expect(Page.GetByTestId("company-name")).ToHaveValueAsync("Nordsee Feinkost KG");
        await Forms.SubmitAsync(Page, Page.GetByTestId("save-anyway"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Nordsee Feinkost KG");
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-vat-id")).ToHaveTextAsync("DE811193231");
        Assert.Equal(1, await CustomerData.CountAsync(site, "Nordsee Feinkost KG"));
        Assert.Equal(1, await CustomerData.CountAsync(site, "Hansen Fischhandel GmbH"));
    }

    [Fact]
    public async Task A_contact_person_keeps_two_emails_and_an_office_and_a_mobile_phone()
    {
        var customer = await CustomerData.CompanyAsync(site, "Kontaktreich Logistik GmbH", "28195", "Bremen");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        var contact = Page.GetByTestId("contact-row").First;
        await contact.GetByTestId("contact-last-name").FillAsync("Röder");
        await contact.GetByTestId("contact-email-0").FillAsync("jana.roeder@kontaktreich.example");
        await Expect(contact.GetByTestId("contact-phone-type-0")).ToHaveValueAsync("Office");
        await Expect(contact.GetByTestId("contact-phone-type-1")).ToHaveValueAsync("Mobile");
        await contact.GetByTestId("contact-phone-0").FillAsync("0421 3364455");
        await contact.GetByTestId("contact-phone-1").FillAsync("12");
        await CustomerForm.SaveAsync(Page);

        // A bad number is refused at its own field; the rest of what was typed stays.
        contact = Page.GetByTestId("contact-row").First;
        await Expect(contact.Locator(".field").Filter(new() { Has = Page.GetByTestId("contact-phone-1") }).Locator(".field-error"))
            .ToHaveTextAsync("„12“ ist keine Telefonnummer, die aus DE gewählt werden kann.");
        await Expect(contact.GetByTestId("contact-email-0")).ToHaveValueAsync("jana.roeder@kontaktreich.example");
        await contact.GetByTestId("contact-phone-1").FillAsync("0171 3920055");
        await contact.GetByTestId("contact-email-1").FillAsync("einkauf@kontaktreich.example");
        await CustomerForm.SaveAsync(Page);

        var contacts = CustomerPanel.Panel(Page).GetByTestId("panel-contacts");
        await Expect(contacts).ToContainTextAsync("jana.roeder@kontaktreich.example");
        await Expect(contacts).ToContainTextAsync("einkauf@kontaktreich.example");
        await Expect(contacts).ToContainTextAsync("Geschäftlich: 0421 3364455");
        await Expect(contacts).ToContainTextAsync("Mobil: 0171 3920055");
        var stored = Assert.Single((await CustomerData.StoredAsync(site, customer.Id)).Contacts);
        Assert.Equal([(PhoneType.Office, "+494213364455"), (PhoneType.Mobile, "+491713920055")], stored.Phones.Select(p => (p.Type, p.E164)));

        // The form shows all of it again, and one empty slot more for each.
        await Page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
        contact = Page.GetByTestId("contact-row").First;
        await Expect(contact.GetByTestId("contact-email-1")).ToHaveValueAsync("einkauf@kontaktreich.example");
        await Expect(contact.GetByTestId("contact-email-2")).ToHaveValueAsync("");
        await Expect(contact.GetByTestId("contact-phone-type-1")).ToHaveValueAsync("Mobile");
        await Expect(contact.GetByTestId("contact-phone-2")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task When_two_people_edit_a_customer_at_once_the_second_save_gets_a_conflict_and_the_first_change_stays()
    {
        var customer = await CustomerData.CompanyAsync(site, "Zweimann Werkzeuge GmbH", "80331", "München");
        var first = Page;
        var second = await NewPageAsync(Desktop);
        await LoginScreen.LogInAsync(first, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await LoginScreen.LogInAsync(second, TestAccounts.ManagerUserName, TestAccounts.UserPassword);
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"Admin/Customers/{customer.Id}/Edit");
            await Expect(page.GetByTestId("company-name")).ToHaveValueAsync("Zweimann Werkzeuge GmbH");
        }

        await first.GetByTestId("company-name").FillAsync("Zweimann Werkzeuge GmbH & Co. KG");
        await CustomerForm.SaveAsync(first);
        await Expect(first.GetByTestId("notification-success")).ToContainTextAsync("Zweimann Werkzeuge GmbH & Co. KG");

        await second.GetByTestId("company-name").FillAsync("Zweimann Präzisionswerkzeuge GmbH");
        await CustomerForm.SaveAsync(second);
        var conflict = second.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync("Jemand anderes hat diesen Kunden gespeichert, während Sie ihn bearbeitet haben.");
        Assert.Equal("Zweimann Werkzeuge GmbH & Co. KG", (await CustomerData.StoredAsync(site, customer.Id)).Name.CompanyName);

        await Forms.SubmitAsync(second, conflict.GetByTestId("conflict-reload"));
        await Expect(second.GetByTestId("conflict")).ToHaveCountAsync(0);
        await Expect(second.GetByTestId("company-name")).ToHaveValueAsync("Zweimann Werkzeuge GmbH & Co. KG");
    }

    [Fact]
    public async Task The_customer_pages_speak_german_and_after_the_switch_english()
    {
        // A user of their own: the language choice is kept on the account.
        await LoginScreen.LogInAsync(Page, TestAccounts.AccountantUserName, TestAccounts.UserPassword);
        var heading = Page.Locator("main h1");
        var companyLabel = Page.Locator("label[for=Input_CompanyName]");

        await CustomerList.GotoAsync(Page);
        await Expect(heading).ToHaveTextAsync("Kunden");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Kunden – "));
        await Expect(Page.GetByTestId("menu-customers")).ToHaveTextAsync("Kunden");
        await CustomerForm.GotoCreateAsync(Page);
        await Expect(heading).ToHaveTextAsync("Neuer Kunde");
        await Expect(companyLabel).ToContainTextAsync("Vollständiger Firmenname");
        await Expect(Page.GetByTestId("customer-save")).ToHaveTextAsync("Kunde anlegen");

        await Forms.SubmitAsync(Page, Page.GetByTestId("language-en"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin/Customers/Create$"));
        await Expect(heading).ToHaveTextAsync("New customer");
        await Expect(companyLabel).ToContainTextAsync("Legal name of the company");
        await Expect(Page.GetByTestId("customer-save")).ToHaveTextAsync("Create customer");
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("error-CompanyName")).ToHaveTextAsync("A company needs its legal name.");
        await CustomerList.GotoAsync(Page);
        await Expect(heading).ToHaveTextAsync("Customers");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Customers – "));

        await Forms.SubmitAsync(Page, Page.GetByTestId("language-de"));
        await Expect(heading).ToHaveTextAsync("Kunden");
    }

    private async Task<string> CreateCompanyAsync()
    {
        await CustomerForm.GotoCreateAsync(Page);
        await Expect(Page.GetByTestId("kind-company")).ToBeCheckedAsync();
        await CustomerForm.SaveAsync(Page);
        await Expect(CustomerForm.ErrorNextTo(Page, "company-name", "CompanyName")).ToHaveTextAsync("Geben Sie den vollständigen Firmennamen ein.");
        await Expect(Page.GetByTestId("company-name")).ToHaveClassAsync(new Regex("input-validation-error"));
        await ExpectInvalidAsync("company-name", "Geben Sie den vollständigen Firmennamen ein.");
        await Expect(Page.GetByTestId("company-name")).ToBeFocusedAsync();

        await Page.GetByTestId("company-name").FillAsync("Brandt & Kühn Elektrotechnik GmbH");
        await Page.GetByTestId("email-0").FillAsync("info@brandt-kuehn.de");
        await Page.GetByTestId("phone-0").FillAsync("030 4445566");
        await CustomerForm.FillFirstAddressAsync(Page, "Torstraße 12", "10119", "Berlin");
        await Page.GetByTestId("vat-id").FillAsync("DE123456789");
        await CustomerForm.FillSepaAsync(Page, "DE89 3704 0044 0532 0130 01", "COBADEFFXXX", "BK-2025-01", "2025-01-15");
        await CustomerForm.SaveAsync(Page);

        await Expect(CustomerForm.ErrorNextTo(Page, "vat-id", "VatId")).ToHaveTextAsync("„DE123456789“ ist keine gültige USt-IdNr.: Die Prüfziffer stimmt nicht.");
        await Expect(CustomerForm.ErrorNextTo(Page, "iban", "Iban")).ToHaveTextAsync("„DE89 3704 0044 0532 0130 01“ ist keine gültige IBAN: Prüfen Sie die Ziffern.");
        await Expect(Page.GetByTestId("error-CompanyName")).ToBeEmptyAsync();
        await Expect(Page.GetByTestId("company-name")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await ExpectInvalidAsync("iban", "„DE89 3704 0044 0532 0130 01“ ist keine gültige IBAN: Prüfen Sie die Ziffern.");
        // The first field in error gets the focus, and with it the screen: the IBAN is far down the form.
        await Expect(Page.GetByTestId("vat-id")).ToBeFocusedAsync();
        await Expect(Page.GetByTestId("vat-id")).ToBeInViewportAsync();
        await Expect(Page.GetByTestId("sepa")).ToBeVisibleAsync();
        // Nothing typed is lost on the way back.
        await Expect(Page.GetByTestId("company-name")).ToHaveValueAsync("Brandt & Kühn Elektrotechnik GmbH");
        await Expect(Page.GetByTestId("mandate-reference")).ToHaveValueAsync("BK-2025-01");

        await Page.GetByTestId("vat-id").FillAsync("DE136695976");
        await Page.GetByTestId("iban").FillAsync("DE89 3704 0044 0532 0130 00");
        await CustomerForm.SaveAsync(Page);

        var number = await NumberFromNotificationAsync("Brandt & Kühn Elektrotechnik GmbH");
        var panel = CustomerPanel.Panel(Page);
        await Expect(panel.GetByTestId("panel-title")).ToHaveTextAsync("Brandt & Kühn Elektrotechnik GmbH");
        await Expect(panel.GetByTestId("panel-number")).ToHaveTextAsync(number);
        await Expect(panel.GetByTestId("panel-vat-id")).ToHaveTextAsync("DE136695976");
        await Expect(panel.GetByTestId("panel-payment")).ToContainTextAsync("IBAN DE89 3704 0044 0532 0130 00");
        await Expect(CustomerList.Row(Page, "Brandt & Kühn Elektrotechnik GmbH")).ToBeVisibleAsync();
        return number;
    }

    private async Task<string> CreatePersonAsync()
    {
        await CustomerForm.GotoCreateAsync(Page);
        await Page.GetByTestId("kind-person").CheckAsync();
        await Expect(Page.GetByTestId("company-name")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("last-name")).ToBeVisibleAsync();
        await CustomerForm.SaveAsync(Page);

        await Expect(Page.GetByTestId("kind-person")).ToBeCheckedAsync();
        await Expect(CustomerForm.ErrorNextTo(Page, "last-name", "LastName")).ToHaveTextAsync("Geben Sie den Nachnamen der Person ein.");
        await Expect(Page.GetByTestId("error-CompanyName")).ToBeHiddenAsync();

        await Page.GetByTestId("salutation").SelectOptionAsync("Ms");
        await Page.GetByTestId("first-name").FillAsync("Ilse");
        await Page.GetByTestId("last-name").FillAsync("Wagenknecht");
        await Page.GetByTestId("email-0").FillAsync("ilse.wagenknecht@example.de");
        await CustomerForm.FillFirstAddressAsync(Page, "Am Markt 3", "0406", "Leipzig");
        await CustomerForm.SaveAsync(Page);
        await Expect(CustomerForm.ErrorNextTo(Page, "address-postcode", "PostalCode")).ToHaveTextAsync("„0406“ ist keine gültige PLZ für DE.");
        await ExpectInvalidAsync("address-postcode", "„0406“ ist keine gültige PLZ für DE.");

        await Page.GetByTestId("address-postcode").FillAsync("04109");
        await CustomerForm.SaveAsync(Page);
        var number = await NumberFromNotificationAsync("Wagenknecht, Ilse");
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-title")).ToHaveTextAsync("Wagenknecht, Ilse");
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-number")).ToHaveTextAsync(number);
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-address")).ToContainTextAsync("04109 Leipzig");
        return number;
    }

    /// <summary>A field in error says so to assistive technology, and its message is its description.</summary>
    private async Task ExpectInvalidAsync(string inputTestId, string message)
    {
        await Expect(Page.GetByTestId(inputTestId)).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByTestId(inputTestId)).ToHaveAccessibleDescriptionAsync(message);
    }

    /// <summary>The number the success message gives the new customer; the message must name the customer too.</summary>
    private async Task<string> NumberFromNotificationAsync(string displayName)
    {
        var notification = Page.GetByTestId("notification-success");
        await Expect(notification).ToContainTextAsync($"Der Kunde {displayName} wurde mit der Kundennummer");
        var match = CustomerNumber.Match(await notification.InnerTextAsync());
        Assert.True(match.Success, "The success message names no customer number K-nnnnn.");
        return match.Value;
    }

    private static int NumberValue(string number) => int.Parse(number[2..], CultureInfo.InvariantCulture);
}
