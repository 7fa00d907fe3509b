namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>What a probe sends: form fields (the runner adds the antiforgery token), an uploaded file, or a JSON body.</summary>
public sealed record MatrixRequest(string Method, string Path)
{
    public IReadOnlyList<KeyValuePair<string, string>> Form { get; init; } = [];

    public MatrixFile? File { get; init; }

    public string? Json { get; init; }

    public string? IfMatch { get; init; }
}
