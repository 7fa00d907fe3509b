using OrchardCustomers.Module.Shared.Formatting;

namespace OrchardCustomers.Tests.Customers;

/// <summary>IBANs in groups of four and phone numbers shown once, national or international by the customer's country.</summary>
public sealed class DisplayFormattingTests
{
    [Theory]
    [InlineData("DE89370400440532013000", "DE89 3704 0044 0532 0130 00")]
    [InlineData("de89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    [InlineData(" DE89  370400440532\t013000 ", "DE89 3704 0044 0532 0130 00")]
    [InlineData("DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", "DE89 3704 0044 0532 0130 00")]
    [InlineData("AT611904300234573201", "AT61 1904 3002 3457 3201")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void An_iban_is_grouped_in_fours_whatever_spacing_it_came_with(string? iban, string expected) =>
        Assert.Equal(expected, IbanDisplay.Group(iban));

    [Theory]
    // A number of the customer's own country reads nationally, as one dials it there.
    [InlineData("0761/4589120", "+497614589120", "DE", "0761 4589120")]
    [InlineData("+43 1 5332140", "+4315332140", "AT", "01 5332140")]
    // Another country's number reads internationally.
    [InlineData("0043 1 5332140", "+4315332140", "DE", "+43 1 5332140")]
    [InlineData("0761 4589120", "+497614589120", "CH", "+49 761 4589120")]
    // No country means Germany, as on the form.
    [InlineData("030 1234567", "+49301234567", "", "030 1234567")]
    [InlineData("030 1234567", "+49301234567", null, "030 1234567")]
    // A number that could not be read stays as it was typed.
    [InlineData("intern 12", null, "DE", "intern 12")]
    public void A_phone_number_is_shown_once_national_at_home_and_international_abroad(string typed, string? e164, string? country, string expected)
    {
        var shown = PhoneDisplay.Format(typed, e164, country);
        Assert.Equal(expected, shown);
        Assert.DoesNotContain("(", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phone_link_dials_the_international_form_when_known()
    {
        Assert.Equal("+497614589120", PhoneDisplay.Link("0761 4589120", "+497614589120"));
        Assert.Equal("intern 12", PhoneDisplay.Link("intern 12", null));
    }
}
