using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Tests.Customers;

public sealed class PhoneSearchTests
{
    [Fact]
    public void A_number_is_indexed_nationally_internationally_and_by_its_tails_of_five_digits_or_more()
    {
        var words = PhoneSearch.Words("0761 4589120", "+497614589120").ToList();

        Assert.Equal(["07614589120", "497614589120", "7614589120", "614589120", "14589120", "4589120", "589120", "89120"], words);
    }

    [Fact]
    public void A_number_without_its_normalised_form_is_read_as_written()
    {
        Assert.Equal(["07614589120", "497614589120", "7614589120", "614589120", "14589120", "4589120", "589120", "89120"], PhoneSearch.Words("0761 / 458 91-20", null));
        Assert.Equal(["4589120", "589120", "89120"], PhoneSearch.Words("458 91 20", null));
        Assert.Equal(["0662873450", "43662873450", "662873450", "62873450", "2873450", "873450", "73450"], PhoneSearch.Words("0662 87 34 50", "+43662873450"));
        Assert.Equal(["33142685300", "3142685300", "142685300", "42685300", "2685300", "685300", "85300"], PhoneSearch.Words("+33 1 42 68 53 00", "+33142685300"));
    }

    [Theory]
    [InlineData("0761 4589120", "07614589120")]
    [InlineData("+49 761 4589120", "07614589120")]
    [InlineData("0049 761 4589120", "07614589120")]
    [InlineData("+497614589120", "07614589120")]
    [InlineData("(0761) 458 91-20", "07614589120")]
    [InlineData("0761/4589120", "07614589120")]
    [InlineData("+43 662 873450", "0662873450")]
    [InlineData("+33 1 42 68 53 00", "33142685300")]
    public void A_number_typed_in_any_format_is_searched_as_one_word(string typed, string word) =>
        Assert.Equal([[word]], SearchText.Terms(typed));

    [Theory]
    [InlineData("4589120")] // one group is a word already
    [InlineData("07614589120")]
    [InlineData("10115 Berlin")] // a postcode and a city
    [InlineData("10023 79098")] // two numbers that do not start like a phone number
    [InlineData("0761")] // too short to be a whole number: the area code is a prefix of the word
    public void Other_searches_are_left_as_words(string typed) =>
        Assert.Null(PhoneSearch.AsSearchWord(typed));

    [Fact]
    public void A_document_finds_the_number_however_it_is_typed_and_by_its_last_digits()
    {
        var document = SearchText.Document(PhoneSearch.Words("0761 4589120", "+497614589120")).Split(' ');
        foreach (var typed in new[] { "0761 4589120", "07614589120", "+49 761 4589120", "0049 761 4589120", "4589120", "89120", "0761" })
        {
            Assert.All(SearchText.Terms(typed), spellings => Assert.Contains(spellings, s => document.Any(w => w.StartsWith(s, StringComparison.Ordinal))));
        }

        // The last four digits alone would find one number in ten thousand of every customer: not this one.
        Assert.DoesNotContain(document, w => w.StartsWith("9120", StringComparison.Ordinal));
    }

    [Fact]
    public void Streets_written_short_are_indexed_spelled_out_too()
    {
        Assert.Equal("Hauptstr. 5 hauptstrasse", SearchText.Street("Hauptstr. 5"));
        Assert.Equal("Berliner Str. 12 strasse", SearchText.Street("Berliner Str. 12"));
        Assert.Equal("Tullastraße 84", SearchText.Street("Tullastraße 84"));
        Assert.Null(SearchText.Street(null));
    }
}
