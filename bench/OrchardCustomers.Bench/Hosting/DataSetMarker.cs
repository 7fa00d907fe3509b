using System.Text.Json;
using OrchardCustomers.Bench.Loading;

namespace OrchardCustomers.Bench.Hosting;

/// <summary>
/// Written beside a generated tenant: what it holds and how long it took, so that a later run reuses it (and still
/// reports the generation time) instead of generating a million customers again.
/// </summary>
/// <param name="Generator">Raised whenever the generator changes what it makes.</param>
public sealed record DataSetMarker(long Customers, int Seed, int Generator, string Database, LoadReport Load)
{
    public const int CurrentGenerator = 2;
    private const string FileName = "dataset.json";

    public static DataSetMarker? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<DataSetMarker>(File.ReadAllText(path)) : null;
    }

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
}
