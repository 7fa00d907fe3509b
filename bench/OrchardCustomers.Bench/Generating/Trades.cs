namespace OrchardCustomers.Bench.Generating;

public static class Trades
{
    public static readonly IReadOnlyList<Trade> All =
    [
        new("Holzbau", "Handwerk"), new("Bäckerei", "Handwerk"), new("Metzgerei", "Handwerk"), new("Fleischerei", "Handwerk"),
        new("Elektrotechnik", "Handwerk"), new("Sanitär- und Heizungstechnik", "Handwerk"), new("Dachdeckerei", "Handwerk"),
        new("Zimmerei", "Handwerk"), new("Schreinerei", "Handwerk"), new("Tischlerei", "Handwerk"), new("Malerbetrieb", "Handwerk"),
        new("Glaserei", "Handwerk"), new("Schlosserei", "Handwerk"), new("Konditorei", "Handwerk"), new("Kfz-Werkstatt", "Handwerk"),
        new("Gärtnerei", "Handel"), new("Autohaus", "Handel"), new("Getränkemarkt", "Handel"), new("Baustoffhandel", "Handel"),
        new("Möbelhaus", "Handel"), new("Blumenhaus", "Handel"), new("Landmaschinen", "Handel"), new("Optik", "Handel"),
        new("Steuerberatung", "Dienstleistung"), new("Rechtsanwälte", "Dienstleistung"), new("Immobilien", "Dienstleistung"),
        new("Hausverwaltung", "Dienstleistung"), new("Spedition", "Dienstleistung"), new("Logistik", "Dienstleistung"),
        new("Druckerei", "Dienstleistung"), new("Reisebüro", "Dienstleistung"), new("Fahrschule", "Dienstleistung"),
        new("Versicherungsbüro", "Dienstleistung"), new("IT-Service", "Dienstleistung"), new("Softwareentwicklung", "Dienstleistung"),
        new("Werbeagentur", "Dienstleistung"), new("Ingenieurbüro", "Dienstleistung"), new("Architekturbüro", "Dienstleistung"),
        new("Gebäudereinigung", "Dienstleistung"), new("Zahnarztpraxis", "Gesundheit"), new("Physiotherapie", "Gesundheit"),
        new("Hörgeräte", "Gesundheit"), new("Apotheke", "Gesundheit"), new("Brauerei", "Gastronomie"), new("Weingut", "Gastronomie"),
        new("Gasthof", "Gastronomie"), new("Café", "Gastronomie"), new("Sägewerk", "Industrie"), new("Maschinenbau", "Industrie"),
        new("Metallbau", "Industrie"), new("Kunststofftechnik", "Industrie"),
    ];

    /// <summary>Invented brand stems for names like "Isartec GmbH" or "Alpenlogistik KG".</summary>
    public static readonly IReadOnlyList<string> BrandStems =
    [
        "Alpen", "Donau", "Rhein", "Isar", "Main", "Elb", "Nord", "Süd", "Ost", "West", "Bavaria", "Hanse", "Tauern",
        "Wörther", "Schwarzwald", "Bodensee", "Ruhr", "Spree", "Saale", "Inn", "Öko", "Grün", "Blau", "Sonnen",
    ];

    public static readonly IReadOnlyList<string> BrandEndings = ["tec", "logistik", "bau", "consult", "soft", "medien", "werk", "energie", "handel", "service"];
}
