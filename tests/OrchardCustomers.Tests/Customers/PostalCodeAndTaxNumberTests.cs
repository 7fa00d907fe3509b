using OrchardCustomers.Module.Customers.Validation;

namespace OrchardCustomers.Tests.Customers;

public sealed class PostalCodeAndTaxNumberTests
{
    [Theory]
    [InlineData("10115", "DE")]
    [InlineData("01067", "DE")]
    [InlineData(" 80331 ", "DE")]
    [InlineData("1010", "AT")]
    [InlineData("9020", "AT")]
    [InlineData("8001", "CH")]
    [InlineData("9490", "LI")]
    [InlineData("L-1234", "LU")]
    [InlineData("1234", "lu")]
    [InlineData("1012 AB", "NL")]
    [InlineData("1012ab", "NL")]
    [InlineData("00-950", "PL")]
    [InlineData("75001", "FR")]
    [InlineData("SW1A 1AA", "GB")] // a country without a known format: taken as typed
    public void Postcodes_in_their_country_format_are_valid(string postcode, string country) =>
        Assert.True(PostalCodes.IsValid(postcode, country));

    [Theory]
    [InlineData("1011", "DE")]
    [InlineData("101155", "DE")]
    [InlineData("1011A", "DE")]
    [InlineData("10115", "AT")]
    [InlineData("101", "AT")]
    [InlineData("80010", "CH")]
    [InlineData("9480", "LI")]
    [InlineData("1012", "NL")]
    [InlineData("00950", "PL")]
    [InlineData("00000", "DE")]
    [InlineData("00999", "DE")]
    [InlineData("0100", "AT")]
    [InlineData("0999", "CH")]
    public void Postcodes_in_another_format_are_invalid(string postcode, string country) =>
        Assert.False(PostalCodes.IsValid(postcode, country));

    [Theory]
    [InlineData("21/815/08150")]
    [InlineData("2181508150")]
    [InlineData("9181081508155")] // the federal 13-digit form
    [InlineData("143/123/45678")]
    [InlineData("06470/12345")]
    [InlineData(" 12 345 67890 ")]
    public void Tax_numbers_of_10_to_13_digits_are_plausible(string taxNumber) =>
        Assert.True(TaxNumbers.IsPlausible(taxNumber));

    [Theory]
    [InlineData("123/456/789")] // 9 digits
    [InlineData("12345678901234")] // 14 digits
    [InlineData("21-815-08150")]
    [InlineData("DE136695976")]
    [InlineData("")]
    public void Other_tax_numbers_are_not_plausible(string taxNumber) =>
        Assert.False(TaxNumbers.IsPlausible(taxNumber));
}
