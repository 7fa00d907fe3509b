namespace OrchardCustomers.Bench.Generating;

/// <summary>Legal forms as often as they occur among small German and Austrian businesses ("" is a sole trader).</summary>
public static class LegalForms
{
    public static readonly WeightedPicker<string> German = new(
    [
        ("GmbH", 45), ("GmbH & Co. KG", 12), ("e.K.", 12), ("UG (haftungsbeschränkt)", 8), ("GbR", 7), ("KG", 6),
        ("", 5), ("OHG", 3), ("AG", 2),
    ]);

    public static readonly WeightedPicker<string> Austrian = new([("GmbH", 55), ("e.U.", 15), ("KG", 12), ("OG", 10), ("", 6), ("AG", 2)]);
}
