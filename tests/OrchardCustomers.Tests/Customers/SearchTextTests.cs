using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Tests.Customers;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("MÜLLER", "muller")]
    [InlineData("Straße", "strasse")]
    [InlineData("STRASSE", "strasse")]
    [InlineData("Größmann", "grossmann")]
    [InlineData("Ärger Öl Übel", "arger ol ubel")]
    [InlineData("Élodie Françoise", "elodie francoise")]
    [InlineData("Mu\u0308ller", "muller")] // decomposed, as some systems write it
    [InlineData("Yılmaz", "yilmaz")]
    [InlineData("Łukasz Wałęsa", "lukasz walesa")]
    [InlineData("Søren Ødegaard", "soren odegaard")]
    public void Fold_drops_case_and_accents_and_writes_sz_as_ss(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Theory]
    [InlineData("Müller", "mueller")]
    [InlineData("Mueller", "mueller")]
    [InlineData("Straße", "strasse")]
    [InlineData("Größmann", "groessmann")]
    [InlineData("Schäfer", "schaefer")]
    [InlineData("ÄÖÜ", "aeoeue")]
    [InlineData("Mu\u0308ller", "mueller")]
    public void Transliterate_writes_umlauts_as_German_does_without_them(string text, string transliterated) =>
        Assert.Equal(transliterated, SearchText.Transliterate(text));

    [Fact]
    public void Words_are_runs_of_letters_and_digits()
    {
        Assert.Equal(["Müller", "Lüdenscheidt", "GmbH", "Co", "KG"], SearchText.Words("Müller-Lüdenscheidt GmbH & Co. KG"));
        Assert.Equal(["info", "mueller", "holzbau", "example", "K", "00042"], SearchText.Words("info@mueller-holzbau.example, K-00042"));
        Assert.Empty(SearchText.Words(" - & . "));
    }

    [Fact]
    public void A_document_holds_every_word_in_both_spellings_once()
    {
        var words = SearchText.Document(["Müller Holzbau GmbH", "Straße", null, "", "Müller"]).Split(' ');

        Assert.Equal(words.Length, words.Distinct().Count());
        Assert.Contains("muller", words);
        Assert.Contains("mueller", words);
        Assert.Contains("strasse", words);
        Assert.Contains("holzbau", words);
        Assert.DoesNotContain("Müller", words);
    }

    [Fact]
    public void Search_terms_match_Mueller_Müller_and_Muller_alike()
    {
        var document = SearchText.Document(["Müller", "Hauptstraße"]).Split(' ');
        foreach (var query in new[] { "Müller", "Mueller", "muller", "MÜLLER", "Hauptstrasse", "hauptstraße" })
        {
            var terms = SearchText.Terms(query);
            Assert.All(terms, spellings => Assert.Contains(spellings, document.Contains));
        }

        Assert.Equal([["muller", "mueller"], ["str"]], SearchText.Terms("Müller str."));
        Assert.Equal(8, SearchText.Terms("a b c d e f g h i j").Count);
    }

    [Fact]
    public void A_search_of_one_status_excludes_the_other_statuses_by_their_exact_words()
    {
        var terms = SearchText.Terms("Müll GmbH");
        Assert.Equal("((\"mull\"* OR \"muell\"*) AND (\"gmbh\"*)) NOT \"ocstatusarchived\"", FullTextQuery.ForSqlite(terms, CustomerStatus.Active));
        Assert.Equal("((\"mull\"* OR \"muell\"*) AND (\"gmbh\"*)) NOT \"ocstatusactive\"", FullTextQuery.ForSqlite(terms, CustomerStatus.Archived));
        Assert.Equal("((mull:* | muell:*) & (gmbh:*)) & !ocstatusarchived", FullTextQuery.ForPostgres(terms, CustomerStatus.Active));
    }
}
