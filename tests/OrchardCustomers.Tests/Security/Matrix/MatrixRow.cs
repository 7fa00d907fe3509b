namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>
/// One line of the hand-written matrix: who may call a route. <paramref name="Variant"/> names a case inside one action
/// (e.g. the bulk action's "Delete"), which the action checks itself.
/// </summary>
public sealed record MatrixRow(string Method, string Template, Who Allowed, string? Variant = null)
{
    public string Route => $"{Method} {Template}";

    public bool IsRead => Method == "GET";

    public override string ToString() => Variant is null ? Route : $"{Route} [{Variant}]";
}
