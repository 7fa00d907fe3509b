using System.Globalization;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Customers.Services;

namespace OrchardCustomers.Bench.Generating;

/// <summary>
/// Makes realistic customers: two in three are companies, names follow real frequencies, created dates grow over five
/// years in id order (as a business gains customers). The derived columns come from the real <see cref="CustomerIndexer"/>.
/// Deterministic: the same id and random source give the same customer.
/// </summary>
public static class CustomerFaker
{
    public static readonly DateTime FirstCreatedUtc = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime LastCreatedUtc = new(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    // Flatter than 1/rank: Müller is about 1 % of the common names, as in the German phone book.
    private static readonly WeightedPicker<string> CommonSurnames = new(Surnames.Common, 0.6);
    private static readonly WeightedPicker<string> RareSurnames = new(Surnames.Rare, 0.3);
    private static readonly string[] PersonMailProviders = ["web.de", "gmx.de", "gmx.at", "t-online.de", "gmail.com", "outlook.de", "posteo.de", "aon.at", "icloud.com"];
    private static readonly string[] CompanyMailboxes = ["info", "kontakt", "office", "buchhaltung", "service", "post"];
    private static readonly string[] StreetNames = ["Haupt", "Bahnhof", "Schul", "Kirch", "Garten", "Berg", "Wald", "Goethe", "Schiller", "Mozart", "Linden", "Birken", "Mühlen", "Post", "Markt", "Dorf", "Wiesen", "Sonnen", "Rosen", "Jahn", "Lessing", "Kaiser", "König", "Brücken"];
    private static readonly string[] Tags = ["stammkunde", "newsletter", "vip", "messe-2024", "messe-2025", "rahmenvertrag", "b2b", "export", "öffentlicher-auftraggeber", "sepa"];

    public static GeneratedCustomer Create(long id, long count, Random random)
    {
        var isCompany = random.NextDouble() < 0.65;
        var city = Cities.ByPopulation.Pick(random);
        var customer = isCompany ? Company(random, city) : Person(random, city);
        customer.Id = id;
        customer.Version = 1;
        customer.Number = "K-" + id.ToString("D5", CultureInfo.InvariantCulture);
        // DATEV's five-digit debtor accounts run out after 60,000 customers; later ones have none, as in real books.
        customer.DebtorNumber = id <= 60_000 ? (int)(9_999 + id) : null;
        customer.CreatedUtc = CreatedUtc(id, count, random);
        customer.CreatedBy = "import";
        customer.ModifiedUtc = customer.CreatedUtc.AddDays(random.Next(0, 60));
        customer.ModifiedBy = "import";
        if (random.NextDouble() < 0.05)
        {
            customer.Status = CustomerStatus.Archived;
            customer.ArchivedUtc = customer.ModifiedUtc;
        }

        customer.Organisation = customer.Organisation with { Tags = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct()] };
        return new GeneratedCustomer(customer, CustomerIndexer.Index(customer));
    }

    /// <summary>More customers each year: the id's share of the total, to the power 2/3, is its share of the five years.</summary>
    private static DateTime CreatedUtc(long id, long count, Random random)
    {
        var share = Math.Pow((double)id / count, 2.0 / 3.0);
        var span = LastCreatedUtc - FirstCreatedUtc;
        var at = FirstCreatedUtc + TimeSpan.FromTicks((long)(span.Ticks * share)) + TimeSpan.FromMinutes(random.Next(0, 30));
        return at > LastCreatedUtc ? LastCreatedUtc : at;
    }

    private static Customer Company(Random random, City city)
    {
        var trade = Trades.All[random.Next(Trades.All.Count)];
        var surname = Surname(random);
        var legalForm = (city.Country == "AT" ? LegalForms.Austrian : LegalForms.German).Pick(random);
        var (name, slug) = random.Next(5) switch
        {
            0 => ($"{surname} {trade.Name}", $"{surname}-{trade.Name}"),
            1 => ($"{trade.Name} {surname}", $"{trade.Name}-{surname}"),
            2 => ($"{surname} & {Surname(random)}", $"{surname}-partner"),
            3 => ($"{trade.Name} {city.Name}", $"{trade.Name}-{city.Name}"),
            _ => (Brand(random), ""),
        };
        var fullName = legalForm.Length == 0 ? name : $"{name} {legalForm}";
        var domain = Slug(slug.Length > 0 ? slug : name) + (city.Country == "AT" ? ".at" : ".de");
        var contacts = Enumerable.Range(0, random.Next(0, 3)).Select(_ => ContactPerson(random, domain)).ToList();
        return new Customer
        {
            Kind = CustomerKind.Company,
            Name = new NamePart { CompanyName = fullName },
            Contact = new ContactChannelsPart
            {
                Emails = random.NextDouble() < 0.9 ? [$"{CompanyMailboxes[random.Next(CompanyMailboxes.Length)]}@{domain}"] : [],
                BillingEmail = random.NextDouble() < 0.3 ? $"rechnung@{domain}" : null,
                Phones = [Phone(random, city, PhoneType.Office)],
                Website = $"https://www.{domain}",
            },
            Addresses = [Address(random, city)],
            Tax = new TaxPart { VatId = random.NextDouble() < 0.8 ? VatId(random, city.Country) : null },
            Billing = Billing(random, city),
            Organisation = new OrganisationPart { Category = trade.Category },
            Contacts = contacts,
        };
    }

    private static Customer Person(Random random, City city)
    {
        var female = random.Next(2) == 0;
        var first = female ? FirstNames.Female[random.Next(FirstNames.Female.Count)] : FirstNames.Male[random.Next(FirstNames.Male.Count)];
        var last = Surname(random);
        var mail = $"{Slug(first)}.{Slug(last)}{(random.Next(4) == 0 ? random.Next(1, 99).ToString(CultureInfo.InvariantCulture) : "")}@{PersonMailProviders[random.Next(PersonMailProviders.Length)]}";
        return new Customer
        {
            Kind = CustomerKind.Person,
            Name = new NamePart { Salutation = female ? Salutation.Ms : Salutation.Mr, Title = random.Next(30) == 0 ? "Dr." : null, FirstName = first, LastName = last },
            Contact = new ContactChannelsPart { Emails = random.NextDouble() < 0.85 ? [mail] : [], Phones = [Phone(random, city, PhoneType.Mobile)] },
            Addresses = [Address(random, city)],
            Billing = Billing(random, city),
            Organisation = new OrganisationPart { Category = random.Next(3) == 0 ? null : "Privatkunde" },
        };
    }

    /// <summary>One in five from the common names (by rank), the rest from the long tail.</summary>
    private static string Surname(Random random) => random.Next(5) == 0 ? CommonSurnames.Pick(random) : RareSurnames.Pick(random);

    private static string Brand(Random random) =>
        Trades.BrandStems[random.Next(Trades.BrandStems.Count)] + Trades.BrandEndings[random.Next(Trades.BrandEndings.Count)];

    private static ContactPerson ContactPerson(Random random, string domain)
    {
        var female = random.Next(2) == 0;
        var first = female ? FirstNames.Female[random.Next(FirstNames.Female.Count)] : FirstNames.Male[random.Next(FirstNames.Male.Count)];
        var last = Surname(random);
        // Guid.NewGuid() would make every run different.
        Span<byte> id = stackalloc byte[16];
        random.NextBytes(id);
        return new ContactPerson
        {
            Id = new Guid(id),
            Salutation = female ? Salutation.Ms : Salutation.Mr,
            FirstName = first,
            LastName = last,
            Position = random.Next(3) == 0 ? "Geschäftsführung" : "Einkauf",
            Emails = [$"{Slug(first)}.{Slug(last)}@{domain}"],
            MailRoles = MailRoles.None,
        };
    }

    private static Address Address(Random random, City city) => new()
    {
        Street = $"{StreetNames[random.Next(StreetNames.Length)]}{(city.Country == "AT" && random.Next(2) == 0 ? "gasse" : "straße")} {random.Next(1, 180)}",
        PostalCode = city.Postcode(random),
        City = city.Name,
        Country = city.Country,
        IsDefaultBilling = true,
    };

    private static Phone Phone(Random random, City city, PhoneType type)
    {
        var (country, area) = type == PhoneType.Mobile ? (city.Country, city.Country == "AT" ? "664" : "17" + random.Next(0, 10)) : (city.Country, city.AreaCode);
        var subscriber = random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        var prefix = country == "AT" ? "+43" : "+49";
        return new Phone(type, $"0{area} {subscriber}", $"{prefix}{area}{subscriber}");
    }

    private static BillingPart Billing(Random random, City city)
    {
        if (random.NextDouble() >= 0.2)
        {
            return new BillingPart { PaymentTermDays = random.Next(3) == 0 ? 30 : 14 };
        }

        var digits = string.Concat(Enumerable.Range(0, city.Country == "AT" ? 18 : 20).Select(_ => (char)('0' + random.Next(10))));
        return new BillingPart
        {
            PaymentMethod = PaymentMethod.SepaDirectDebit,
            Sepa = new SepaMandate { Iban = city.Country + digits, MandateReference = "M-" + random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture), MandateDate = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 1800)) },
        };
    }

    private static string VatId(Random random, string country) => country == "AT"
        ? "ATU" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)
        : "DE" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>An address-safe word: Müller &amp; Söhne → mueller-soehne.</summary>
    private static string Slug(string text) => string.Join('-', SearchText.Words(SearchText.Transliterate(text).Replace('ı', 'i')));
}
