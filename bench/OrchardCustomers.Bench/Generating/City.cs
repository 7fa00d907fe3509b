namespace OrchardCustomers.Bench.Generating;

/// <param name="Population">In thousands: customers are spread like people.</param>
/// <param name="FirstPostcode">The city's postcodes run from here to <paramref name="LastPostcode"/>.</param>
public sealed record City(string Name, string Country, int Population, int FirstPostcode, int LastPostcode, string AreaCode)
{
    public string Postcode(Random random)
    {
        var value = random.Next(FirstPostcode, LastPostcode + 1);
        return Country == "AT" ? value.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : value.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
    }
}
