namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>
/// One state-changing call against a fresh target, and how to read the state it should change. Allowed means
/// <see cref="Effect"/> finds the change; denied means the snapshot after the call equals the one before.
/// </summary>
/// <param name="Snapshot">The target's state as text, read from the database, not from the response.</param>
/// <param name="Effect">Null when the state after the call shows the change, else what is missing.</param>
public sealed record StateProbe(MatrixRequest Request, Func<Task<string>> Snapshot, Func<string, string?> Effect)
{
    /// <summary>
    /// The target is the caller's own (their token, their session) or shared with other probes (a feature, the settings):
    /// each case makes a new probe. Other targets that a denied call left as they were serve the next caller.
    /// </summary>
    public bool SingleUse { get; init; }

    public static Func<string, string?> Expect(string expected) =>
        after => after == expected ? null : $"the state is '{after}', not '{expected}'";
}
