namespace OrchardCustomers.BrowserTests.Pages;

/// <summary>The customer form at /Admin/Customers/Create and /Admin/Customers/{id}/Edit.</summary>
public static class CustomerForm
{
    public static async Task GotoCreateAsync(IPage page)
    {
        await page.GotoAsync("Admin/Customers/Create");
        await Assertions.Expect(page.GetByTestId("customer-form")).ToBeVisibleAsync();
    }

    /// <summary>
    /// The error shown for a field, found only inside the field's own box (the <c>.field</c> that holds the input), so
    /// that a message at the top of the form or under another field does not count.
    /// </summary>
    public static ILocator ErrorNextTo(IPage page, string inputTestId, string errorName) =>
        page.Locator(".field").Filter(new() { Has = page.GetByTestId(inputTestId) }).GetByTestId("error-" + errorName);

    public static async Task FillFirstAddressAsync(IPage page, string street, string postcode, string city)
    {
        var row = page.GetByTestId("address-row").First;
        await row.GetByTestId("address-street").FillAsync(street);
        await row.GetByTestId("address-postcode").FillAsync(postcode);
        await row.GetByTestId("address-city").FillAsync(city);
    }

    /// <summary>Chooses SEPA direct debit and fills the mandate.</summary>
    public static async Task FillSepaAsync(IPage page, string iban, string bic, string mandateReference, string mandateDate)
    {
        await page.GetByTestId("payment-method").SelectOptionAsync("SepaDirectDebit");
        await Assertions.Expect(page.GetByTestId("sepa")).ToBeVisibleAsync();
        await page.GetByTestId("iban").FillAsync(iban);
        await page.GetByTestId("bic").FillAsync(bic);
        await page.GetByTestId("mandate-reference").FillAsync(mandateReference);
        await page.GetByTestId("mandate-date").FillAsync(mandateDate);
    }

    /// <summary>Saves and waits for the answer page: the list after a save, or the form again with its messages.</summary>
    public static Task SaveAsync(IPage page) => Forms.SubmitAsync(page, page.GetByTestId("customer-save"));
}
