namespace OrchardCustomers.Module.Customers.Models;

public sealed record LocationPart(double Latitude, double Longitude)
{
    /// <summary>A link to the place on OpenStreetMap; a link, not an embedded map, so the admin works offline.</summary>
    public string MapUrl => FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={Latitude:0.######}&mlon={Longitude:0.######}#map=16/{Latitude:0.######}/{Longitude:0.######}");
}
