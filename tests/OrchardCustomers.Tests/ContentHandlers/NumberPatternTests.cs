using OrchardCustomers.Module.Shared.Numbering;

namespace OrchardCustomers.Tests.ContentHandlers;

public sealed class NumberPatternTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData(1, "RE-2027-0001")]
    [InlineData(9999, "RE-2027-9999")]
    [InlineData(10000, "RE-2027-10000")]
    public void The_counter_is_padded_and_grows_past_its_padding(long value, string expected) =>
        Assert.Equal(expected, NumberPattern.Parse("RE-{yyyy}-{0000}").Format(value, 2027));

    [Fact]
    public void The_year_turns_at_midnight_in_Berlin_not_in_UTC()
    {
        var lastSecondOf2026 = new DateTimeOffset(2026, 12, 31, 22, 59, 59, TimeSpan.Zero);
        var firstSecondOf2027 = new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(2026, NumberPattern.YearAt(lastSecondOf2026, Berlin));
        Assert.Equal(2027, NumberPattern.YearAt(firstSecondOf2027, Berlin));
    }

    [Fact]
    public void A_pattern_with_the_year_counts_per_year_and_one_without_counts_on()
    {
        var yearly = NumberPattern.Parse("RE-{yyyy}-{0000}");
        Assert.True(yearly.HasYear);
        Assert.Equal("Invoice:2026", yearly.SequenceName("Invoice", 2026));
        Assert.Equal("Invoice:2027", yearly.SequenceName("Invoice", 2027));
        Assert.Equal("RE-26/007", NumberPattern.Parse("RE-{yy}/{000}").Format(7, 2026));

        var running = NumberPattern.Parse("A{000}");
        Assert.False(running.HasYear);
        Assert.Equal("Quote", running.SequenceName("Quote", 2026));
        Assert.Equal("Quote", running.SequenceName("Quote", 2027));
    }

    [Fact]
    public void The_customer_numbers_keep_their_shape_and_a_prefix_may_hold_braces()
    {
        Assert.Equal("K-00042", NumberPattern.PrefixAndPadding("K-", 5).Format(42, 0));
        Assert.Equal("{K}7", NumberPattern.PrefixAndPadding("{K}", 1).Format(7, 0));
    }

    [Theory]
    [InlineData("RE-{yyyy}")]
    [InlineData("RE-{mm}-{0000}")]
    [InlineData("RE-{0000")]
    public void A_pattern_without_a_counter_or_with_an_unknown_placeholder_is_refused(string pattern) =>
        Assert.Throws<FormatException>(() => NumberPattern.Parse(pattern));
}
