using OrchardCustomers.Module.Customers.Validation;

namespace OrchardCustomers.Tests.Customers;

public sealed class IbanAndBicTests
{
    [Theory]
    [InlineData("DE89370400440532013000")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("de89 3704 0044 0532 0130 00")]
    [InlineData("DE67 6805 0101 0012 3456 78")] // from the demo recipe, check digits computed
    [InlineData("AT611904300234573201")]
    [InlineData("AT61 1904 3002 3457 3201")]
    [InlineData("CH9300762011623852957")]
    [InlineData("CH93 0076 2011 6238 5295 7")]
    [InlineData("GB29NWBK60161331926819")]
    [InlineData("GB29 NWBK 6016 1331 9268 19")]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("FR1420041010050500013M02606")]
    public void IBANs_with_the_right_MOD_97_check_digits_are_valid(string iban) =>
        Assert.True(Ibans.IsValid(iban));

    [Theory]
    [InlineData("DE88370400440532013000")] // check digits
    [InlineData("DE89370400440532013001")] // one digit of the account
    [InlineData("DE89370400440532031000")] // two digits swapped
    [InlineData("AT611904300234573202")]
    [InlineData("CH9300762011623852958")]
    [InlineData("GB29NWBK60161331926818")]
    public void IBANs_with_a_wrong_digit_are_invalid(string iban) =>
        Assert.False(Ibans.IsValid(iban));

    [Theory]
    [InlineData("DE8937040044053201300")] // 21 characters, DE has 22
    [InlineData("DE893704004405320130000")]
    [InlineData("AT6119043002345732011")]
    [InlineData("CH930076201162385295")]
    [InlineData("XX89370400440532013000")] // no such country
    [InlineData("DE89-3704-0044-0532-0130-00")]
    [InlineData("")]
    public void IBANs_of_the_wrong_length_or_shape_are_invalid(string iban) =>
        Assert.False(Ibans.IsValid(iban));

    // Check digits recomputed for the shortened or lengthened account, so that only the country's length refuses them.
    [Theory]
    [InlineData("DE5137040044053201300")] // 21 characters, DE has 22
    [InlineData("DE543704004405320130001")] // 23 characters
    [InlineData("AT25190430023457320")] // 19 characters, AT has 20
    [InlineData("NL06ABNA04171643001")] // 19 characters, NL has 18
    public void IBANs_of_the_wrong_length_for_their_country_are_invalid_even_when_MOD_97_holds(string iban) =>
        Assert.False(Ibans.IsValid(iban));

    [Fact]
    public void IBANs_are_stored_compact_and_shown_in_groups_of_four()
    {
        Assert.Equal("DE89370400440532013000", Ibans.Normalize(" de89 3704\t0044 0532 0130 00 "));
        Assert.Equal("DE89 3704 0044 0532 0130 00", Ibans.Format("DE89370400440532013000"));
        Assert.Equal("AT61 1904 3002 3457 3201", Ibans.Format("at611904300234573201"));
    }

    [Theory]
    [InlineData("COBADEFFXXX")]
    [InlineData("COBADEFF")]
    [InlineData("DEUTDEFF500")]
    [InlineData("deut de ff 500")]
    [InlineData("GIBAATWWXXX")]
    [InlineData("UBSWCHZH80A")]
    public void BICs_of_8_or_11_characters_are_valid(string bic) =>
        Assert.True(Bics.IsValid(bic));

    [Theory]
    [InlineData("COBADEF")]
    [InlineData("COBADEFFXX")]
    [InlineData("COBADEFFXXXX")]
    [InlineData("C0BADEFFXXX")] // a digit in the bank code
    [InlineData("COBA1EFFXXX")] // a digit in the country
    [InlineData("")]
    public void BICs_of_another_shape_are_invalid(string bic) =>
        Assert.False(Bics.IsValid(bic));
}
