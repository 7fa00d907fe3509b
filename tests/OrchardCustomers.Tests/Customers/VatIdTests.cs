using OrchardCustomers.Module.Customers.Validation;

namespace OrchardCustomers.Tests.Customers;

public sealed class VatIdTests
{
    [Theory]
    [InlineData("DE136695976")]
    [InlineData("DE811193231")]
    [InlineData("DE129273398")]
    [InlineData("de 811 193 231")]
    [InlineData("DE-129.273.398")]
    [InlineData("DE143826194")] // from the demo recipe, computed with ISO 7064 MOD 11,10
    public void German_VAT_IDs_with_the_right_check_digit_are_valid(string vatId) =>
        Assert.Equal(VatIdCheck.Valid, VatIds.Check(vatId));

    // MOD 11,10 gives 11 - 1 = 10 for these first eight digits, and a check digit of 10 is written as 0.
    [Theory]
    [InlineData("DE100000090")]
    [InlineData("DE100000170")]
    [InlineData("DE100000240")]
    public void A_German_check_digit_that_computes_to_10_is_0(string vatId) =>
        Assert.Equal(VatIdCheck.Valid, VatIds.Check(vatId));

    [Theory]
    [InlineData("DE136695977")]
    [InlineData("DE136695970")]
    [InlineData("DE811193232")]
    [InlineData("DE129273389")] // two digits swapped
    public void German_VAT_IDs_with_a_wrong_check_digit_are_invalid(string vatId) =>
        Assert.Equal(VatIdCheck.BadCheckDigit, VatIds.Check(vatId));

    [Theory]
    [InlineData("ATU13585627")]
    [InlineData("ATU 1358 5627")]
    [InlineData("FR40303265045")]
    [InlineData("FRK7399859412")]
    [InlineData("NL123456789B01")]
    [InlineData("IT00743110157")]
    [InlineData("ESA12345674")]
    [InlineData("ESX1234567L")]
    [InlineData("BE0123456789")]
    [InlineData("PL5260250995")]
    [InlineData("EL094259216")]
    [InlineData("GR094259216")]
    public void VAT_IDs_of_other_EU_states_are_checked_for_their_format(string vatId) =>
        Assert.Equal(VatIdCheck.Valid, VatIds.Check(vatId));

    [Theory]
    [InlineData("DE13669597")]
    [InlineData("DE1366959760")]
    [InlineData("DE13669597A")]
    [InlineData("AT13585627")]
    [InlineData("ATU1358562")]
    [InlineData("FRI0303265045")]
    [InlineData("FR4030326504")]
    [InlineData("NL123456789B1")]
    [InlineData("NL123456789")]
    [InlineData("IT0074311015")]
    [InlineData("ES123456789012")]
    [InlineData("BE2123456789")]
    [InlineData("EL12345678")]
    [InlineData("CHE12345678")]
    public void VAT_IDs_in_the_wrong_format_are_invalid(string vatId) =>
        Assert.Equal(VatIdCheck.BadFormat, VatIds.Check(vatId));

    [Theory]
    [InlineData("CHE-116.281.710 MWST")]
    [InlineData("CHE116281710")]
    [InlineData("CHE-109.322.551 TVA")]
    [InlineData("che 109 322 551 iva")]
    public void The_Swiss_UID_is_valid_with_its_MOD_11_check_digit(string uid) =>
        Assert.Equal(VatIdCheck.Valid, VatIds.Check(uid));

    [Theory]
    [InlineData("CHE-116.281.711 MWST")]
    [InlineData("CHE-123.456.789")]
    public void The_Swiss_UID_with_a_wrong_check_digit_is_invalid(string uid) =>
        Assert.Equal(VatIdCheck.BadCheckDigit, VatIds.Check(uid));

    [Theory]
    [InlineData("US123456789")]
    [InlineData("XX1234")]
    [InlineData("123456789")]
    [InlineData("DE")]
    [InlineData("")]
    public void A_VAT_ID_without_a_known_country_is_refused(string vatId) =>
        Assert.Equal(VatIdCheck.UnknownCountry, VatIds.Check(vatId));

    [Theory]
    [InlineData("de 811 193 231", "DE811193231")]
    [InlineData("GR 094 259 216", "EL094259216")]
    [InlineData("CHE-116.281.710 MWST", "CHE116281710MWST")]
    [InlineData(" atu13585627 ", "ATU13585627")]
    public void VAT_IDs_are_stored_upper_case_without_separators_and_Greece_as_EL(string input, string stored) =>
        Assert.Equal(stored, VatIds.Normalize(input));
}
