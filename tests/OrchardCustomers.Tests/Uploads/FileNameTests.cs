using OrchardCustomers.Module.Shared.Files;

namespace OrchardCustomers.Tests.Uploads;

/// <summary>Uploaded file names lose folders and invisible characters, and keep every letter.</summary>
public sealed class FileNameTests
{
    [Theory]
    [InlineData("vertrag.pdf", "vertrag.pdf")]
    [InlineData("Übersicht Müller & Söhne – Straße.xlsx", "Übersicht Müller & Söhne – Straße.xlsx")]
    [InlineData("U\u0308bersicht.pdf", "Übersicht.pdf")]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("C:\\Users\\anna\\Desktop\\angebot.pdf", "angebot.pdf")]
    [InlineData("rechnung\0.pdf", "rechnung.pdf")]
    [InlineData("zeile\r\numbruch\t.txt", "zeileumbruch.txt")]
    [InlineData("rechnung\u202Efdp.exe", "rechnungfdp.exe")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069.txt", "abcdefg.txt")]
    [InlineData("un\u200Bsicht\u200Cbar\u200D\u2060\uFEFF.txt", "unsichtbar.txt")]
    [InlineData("a\"b<c>d|e?f*g:h.txt", "a_b_c_d_e_f_g_h.txt")]
    [InlineData("😀 emoji.txt", "😀 emoji.txt")]
    public void Names_lose_folders_and_invisible_characters(string uploaded, string stored) =>
        Assert.Equal(stored, FileInspector.SafeName(uploaded));

    [Fact]
    public void Half_a_surrogate_pair_is_dropped() => Assert.Equal("halb.txt", FileInspector.SafeName("halb\uD800.txt"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\0")]
    [InlineData("\u202E\u200B\u2066")]
    [InlineData("ordner/")]
    [InlineData("..")]
    public void A_name_with_nothing_left_gets_a_safe_default(string uploaded) =>
        Assert.Equal(FileInspector.DefaultName, FileInspector.SafeName(uploaded));

    [Fact]
    public void A_long_name_keeps_its_extension()
    {
        var name = FileInspector.SafeName(new string('x', 500) + ".pdf");
        Assert.Equal(200, name.Length);
        Assert.EndsWith("x.pdf", name, StringComparison.Ordinal);
    }
}
