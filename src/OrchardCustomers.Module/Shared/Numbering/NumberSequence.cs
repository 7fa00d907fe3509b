namespace OrchardCustomers.Module.Shared.Numbering;

/// <summary>The next free value of a number range, taken inside the transaction that uses it: no gaps, no doubles.</summary>
public sealed class NumberSequence
{
    public string Name { get; set; } = "";

    public long NextValue { get; set; }
}
