namespace OrchardCustomers.Module.Customers.Duplicates;

public enum DuplicateReason
{
    SameVatId,
    SameEmail,
    SameIban,
    SimilarNameSamePostcode,
}
