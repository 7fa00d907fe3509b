using OrchardCustomers.Module.Customers.Validation;

namespace OrchardCustomers.Tests.Customers;

public sealed class LeitwegIdTests
{
    [Theory]
    [InlineData("04011000-1234512345-06")]
    [InlineData("991-33333TEST-33")]
    [InlineData("991-33333test-33")]
    [InlineData(" 04011000-1234512345-06 ")]
    [InlineData("08416041-ZVWAMMER-97")] // from the demo recipe
    [InlineData("991-35")] // a coarse address alone
    [InlineData("05315000-55")]
    public void Leitweg_IDs_with_the_right_MOD_97_10_check_digits_are_valid(string id)
    {
        Assert.True(LeitwegIds.LooksLikeOne(id));
        Assert.True(LeitwegIds.IsValid(id));
    }

    [Theory]
    [InlineData("04011000-1234512345-07")]
    [InlineData("04011000-1234512345-60")]
    [InlineData("991-33333TEST-34")]
    [InlineData("991-33333TEXT-33")]
    [InlineData("04011001-1234512345-06")]
    public void Leitweg_IDs_with_a_changed_digit_are_invalid_but_look_like_one(string id)
    {
        Assert.True(LeitwegIds.LooksLikeOne(id));
        Assert.False(LeitwegIds.IsValid(id));
    }

    [Theory]
    [InlineData("04011000-1234512345")]
    [InlineData("1-33333TEST-33")] // the coarse address has 2 to 12 digits
    [InlineData("991-33333-TEST-33")]
    [InlineData("991-33333TEST-3")]
    [InlineData("Bestellung 4711")]
    [InlineData("PO-2024-0815")]
    public void Other_buyer_references_do_not_look_like_a_Leitweg_ID(string reference)
    {
        Assert.False(LeitwegIds.LooksLikeOne(reference));
        Assert.False(LeitwegIds.IsValid(reference));
    }

    [Theory]
    [InlineData("370400440532013000131489", 1)] // DE89 3704 0044 0532 0130 00 rearranged, DE as 1314
    [InlineData("370400440532013000DE89", 1)]
    [InlineData("AB", 1011 % 97)]
    [InlineData("0", 0)]
    public void Mod97_reads_letters_as_two_digits(string text, int remainder) =>
        Assert.Equal(remainder, Mod97.Remainder(text));

    [Fact]
    public void Mod97_refuses_characters_without_a_value() =>
        Assert.Throws<FormatException>(() => Mod97.Remainder("12-34"));
}
