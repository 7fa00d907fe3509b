using OrchardCustomers.Module.Customers.Validation;

namespace OrchardCustomers.Tests.Customers;

public sealed class PhoneNumberNormalizerTests
{
    [Theory]
    [InlineData("030 23125000", "DE", "+493023125000")]
    [InlineData("030/23125000", "DE", "+493023125000")]
    [InlineData("(089) 999 98-123", "DE", "+498999998123")]
    [InlineData("0221 4710230", "DE", "+492214710230")]
    [InlineData("07071 930250", "DE", "+497071930250")]
    [InlineData("0171 3920012", "DE", "+491713920012")]
    [InlineData("0152 28817386", "DE", "+4915228817386")]
    [InlineData("030 23125000", "de", "+493023125000")]
    [InlineData("030 23125000", "", "+493023125000")] // no country: German
    public void German_national_numbers_are_read_with_country_DE(string number, string country, string e164) =>
        Assert.Equal(e164, PhoneNumberNormalizer.ToE164(number, country));

    [Theory]
    [InlineData("01 5332140", "+4315332140")]
    [InlineData("0662 873450", "+43662873450")]
    [InlineData("0316 712650", "+43316712650")]
    [InlineData("0664 1234567", "+436641234567")]
    [InlineData("0676/5432109", "+436765432109")]
    public void Austrian_national_numbers_are_read_with_country_AT(string number, string e164) =>
        Assert.Equal(e164, PhoneNumberNormalizer.ToE164(number, "AT"));

    [Theory]
    [InlineData("+43 1 5332140", "DE", "+4315332140")]
    [InlineData("+49 30 23125000", "AT", "+493023125000")]
    [InlineData("0049 30 23125000", "AT", "+493023125000")]
    [InlineData("0043 662 873450", "DE", "+43662873450")]
    [InlineData("+41 44 668 18 00", "DE", "+41446681800")]
    [InlineData("+49 (30) 23125000", "CH", "+493023125000")]
    public void International_numbers_keep_their_own_country(string number, string country, string e164) =>
        Assert.Equal(e164, PhoneNumberNormalizer.ToE164(number, country));

    [Theory]
    [InlineData("12345", "DE")]
    [InlineData("030 12", "DE")]
    [InlineData("+49 30", "DE")]
    [InlineData("0171 39200", "DE")]
    [InlineData("hallo", "DE")]
    [InlineData("", "DE")]
    [InlineData("+999 1234567", "DE")]
    [InlineData("01 53", "AT")]
    public void Numbers_that_cannot_be_dialled_give_null(string number, string country) =>
        Assert.Null(PhoneNumberNormalizer.ToE164(number, country));
}
