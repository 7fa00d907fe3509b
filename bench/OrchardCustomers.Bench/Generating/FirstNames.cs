namespace OrchardCustomers.Bench.Generating;

public static class FirstNames
{
    public static readonly IReadOnlyList<string> Male =
    [
        "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Jürgen", "Jörg", "Uwe", "Frank", "Klaus",
        "Peter", "Wolfgang", "Günter", "Hans", "Matthias", "Alexander", "Tobias", "Florian", "Lukas", "Jonas", "Leon",
        "Maximilian", "Felix", "Paul", "Elias", "Noah", "Ben", "Finn", "Björn", "Sören", "Torsten", "Dieter", "Horst",
        "René", "André", "Sebastian", "Daniel", "Johannes", "Georg", "Franz", "Josef", "Johann", "Herbert", "Manfred",
        "Helmut", "Ömer", "Mehmet", "Luca", "David",
    ];

    public static readonly IReadOnlyList<string> Female =
    [
        "Sabine", "Andrea", "Claudia", "Petra", "Susanne", "Monika", "Birgit", "Ursula", "Karin", "Gabriele",
        "Stefanie", "Julia", "Katharina", "Anna", "Lena", "Laura", "Lea", "Sophie", "Marie", "Emilia", "Mia", "Hannah",
        "Jana", "Nicole", "Sandra", "Tanja", "Anja", "Martina", "Brigitte", "Renate", "Käthe", "Jördis", "Zoë",
        "Chloé", "Bärbel", "Elisabeth", "Maria", "Theresa", "Johanna", "Franziska", "Verena", "Magdalena", "Barbara",
        "Christine", "Eva", "Ayşe", "Elif", "Lina", "Clara", "Ida",
    ];
}
