using OrchardCustomers.Module.Customers.Duplicates;

namespace OrchardCustomers.Tests.Customers;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("Müller GmbH", "Mueller GmbH & Co. KG")]
    [InlineData("Bäckerei Schmidt GmbH", "Baeckerei Schmidt")]
    [InlineData("Weiß Elektrotechnik e.K.", "Weiss Elektrotechnik")]
    [InlineData("Huber Bau GesmbH", "Huber Bau GmbH")]
    [InlineData("Stickerei Mayr Ges.m.b.H.", "Stickerei Mayr GmbH")]
    [InlineData("Mayr Ges.m.b.H.", "Mayr GesmbH")]
    [InlineData("Gößler m.b.H.", "Goessler GmbH")]
    [InlineData("Straßburger Maschinenbau AG", "STRASSBURGER MASCHINENBAU AG")]
    public void Names_that_differ_only_in_legal_form_spelling_and_case_are_equal(string a, string b)
    {
        Assert.Equal(1.0, NameSimilarity.Of(a, b));
        Assert.Equal(1.0, NameSimilarity.Of(b, a));
    }

    [Theory]
    [InlineData("Schmidt Bau GmbH", "Schmitt Bau GmbH")]
    [InlineData("Größmann Logistik", "Grossmann Logistik")]
    [InlineData("Fröhlich IT-Service GmbH", "Froehlich IT Services GmbH")]
    public void Names_with_a_typo_are_similar(string a, string b) =>
        Assert.InRange(NameSimilarity.Of(a, b), NameSimilarity.Threshold, 1.0);

    [Theory]
    [InlineData("Müller Holzbau GmbH", "Becker Sanitär GmbH")]
    [InlineData("Hansen Schiffsausrüstung", "Jansen Gartenbau")]
    [InlineData("Huber Bau GesmbH", "Hofer Sport GmbH")]
    public void Different_names_are_not_similar(string a, string b) =>
        Assert.InRange(NameSimilarity.Of(a, b), 0.0, NameSimilarity.Threshold - 0.0001);

    [Theory]
    [InlineData("GmbH", "AG")]
    [InlineData("", "Müller")]
    public void A_name_that_is_only_a_legal_form_matches_nothing(string a, string b) =>
        Assert.Equal(0.0, NameSimilarity.Of(a, b));

    [Theory]
    [InlineData("Müller Holzbau GmbH & Co. KG", "mueller holzbau")]
    [InlineData("Weiß Elektrotechnik e.K.", "weiss elektrotechnik")]
    [InlineData("Stickerei Mayr Ges.m.b.H.", "stickerei mayr")]
    [InlineData("Kanzlei Dr. Hofmann & Kollegen PartG mbB", "kanzlei dr hofmann kollegen mbb")]
    public void The_core_of_a_name_is_without_legal_form_and_punctuation(string name, string core) =>
        Assert.Equal(core, NameSimilarity.Core(name));
}
