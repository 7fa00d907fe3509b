using System.Text.Json;

namespace OrchardCustomers.Module.Customers.Models;

/// <summary>
/// The Customer content type: an aggregate made of parts. The parts are stored as JSON; the columns beside them are
/// what lists sort, filter and search on, and are derived from the parts by <see cref="Services.CustomerIndexer"/>.
/// </summary>
public sealed class Customer
{
    public long Id { get; set; }

    /// <summary>The Orchard content item id a recipe gave it: running the recipe again updates instead of duplicating.</summary>
    public string? ContentItemId { get; set; }

    /// <summary>Raised on every save; a save from an older version is a conflict.</summary>
    public int Version { get; set; }

    public CustomerKind Kind { get; set; }

    public CustomerStatus Status { get; set; } = CustomerStatus.Active;

    /// <summary>Only users with EditReadOnlyCustomers may change a read-only customer.</summary>
    public bool IsReadOnly { get; set; }

    /// <summary>From the customer number range, e.g. K-00042.</summary>
    public string Number { get; set; } = "";

    /// <summary>The DATEV debtor account, e.g. 10042.</summary>
    public int? DebtorNumber { get; set; }

    public NamePart Name { get; set; } = new();

    public ContactChannelsPart Contact { get; set; } = new();

    public IReadOnlyList<Address> Addresses { get; set; } = [];

    public TaxPart Tax { get; set; } = new();

    public BillingPart Billing { get; set; } = new();

    public EInvoicingPart EInvoicing { get; set; } = new();

    public OrganisationPart Organisation { get; set; } = new();

    public IReadOnlyList<ContactPerson> Contacts { get; set; } = [];

    public LocationPart? Location { get; set; }

    /// <summary>Values of the tenant's custom fields, by field name.</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; set; } = new Dictionary<string, JsonElement>();

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public string? ModifiedBy { get; set; }

    public DateTime? ArchivedUtc { get; set; }

    // Derived columns, kept in step with the parts.
    public string DisplayName { get; set; } = "";

    /// <summary>The name as German lists sort it (DIN 5007-1: ä as a, ß as ss), persons by last name.</summary>
    public string SortName { get; set; } = "";

    /// <summary>Lower-case primary email, "" when none, so that it sorts and pages without nulls.</summary>
    public string PrimaryEmail { get; set; } = "";

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Category { get; set; }

    /// <summary>Every searchable word, normalised; the full-text index is built on it.</summary>
    public string SearchText { get; set; } = "";
}
