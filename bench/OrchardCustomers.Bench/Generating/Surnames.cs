namespace OrchardCustomers.Bench.Generating;

/// <summary>
/// German and Austrian surnames: the most common ones by rank (Müller first), and a long tail composed of common
/// roots and endings, so that one name is as rare as in a real customer base and umlauts and ß are everywhere.
/// </summary>
public static class Surnames
{
    public static readonly IReadOnlyList<string> Common =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
        "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber",
        "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert",
        "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz",
        "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin",
        "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich",
        "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl",
        "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer",
        "Gruber", "Pichler", "Steiner", "Moser", "Hofer", "Leitner", "Eder", "Reiter", "Mayr", "Wimmer",
        "Egger", "Brunner", "Baumgartner", "Auer", "Binder", "Lechner", "Wallner", "Aigner", "Ebner", "Koller",
        "Lehner", "Haider", "Schwaiger", "Fellner", "Großmann", "Müllner", "Jürgens", "Öztürk", "Yılmaz", "Kaya",
        "Demir", "Şahin", "Nowak", "Kowalski", "Popović", "Horváth", "Dvořák", "Straßer", "Rößler", "Schüßler",
    ];

    private static readonly string[] Roots =
    [
        "Acker", "Bach", "Baum", "Berg", "Birk", "Blum", "Brand", "Brunn", "Buch", "Dorn", "Eich", "Eisen", "Feld",
        "Fisch", "Frei", "Fried", "Gold", "Grün", "Groß", "Hage", "Hain", "Hart", "Heil", "Hirsch", "Hof", "Holz",
        "Horn", "Kalt", "Kirch", "Klein", "Kohl", "Kron", "Kübel", "Lang", "Lind", "Löw", "Mahl", "Mühl", "Neu",
        "Ober", "Pfaff", "Rein", "Ros", "Roth", "Sand", "Schön", "Schwarz", "Sonn", "Stein", "Stock", "Stroh", "Süß",
        "Tann", "Thal", "Vogel", "Wald", "Weiß", "Wies", "Zell", "Zimmer", "Jäger", "Bräu", "Gärt", "Häus", "Straß",
    ];

    private static readonly string[] Endings =
    [
        "mann", "er", "berger", "bauer", "meier", "huber", "hofer", "müller", "ner", "inger", "stätter", "reiter",
        "wald", "brunner", "lechner", "maier", "schmid", "gruber", "länder", "felder", "hauser", "köhler", "bichler",
        "leitner", "moser", "graf", "kamp", "hammer", "bach", "rieder",
    ];

    /// <summary>About 2,000 rarer surnames such as Steinhauser, Grünberger, Mühlbauer or Straßmeier.</summary>
    public static readonly IReadOnlyList<string> Rare = [.. Roots.SelectMany(r => Endings.Select(e => r + e))];
}
