namespace OrchardCustomers.Module.Customers.Editor;

/// <summary>What the customer's own sections tidy in the posted form: the empty rows the form always offers, and the tags text.</summary>
public static class CustomerFormBinding
{
    public const string TagsField = "tagsText";

    public static void DropEmptyEmailsAndPhones(CustomerEditorUpdateContext context)
    {
        context.Input.Emails = [.. context.Input.Emails.Where(e => !string.IsNullOrWhiteSpace(e))];
        context.Input.Phones = [.. context.Input.Phones.Where(p => !string.IsNullOrWhiteSpace(p.Number))];
    }

    public static void DropEmptyAddresses(CustomerEditorUpdateContext context) =>
        context.Input.Addresses = [.. context.Input.Addresses.Where(a => !a.IsEmpty)];

    public static void DropEmptyContacts(CustomerEditorUpdateContext context)
    {
        context.Input.Contacts = [.. context.Input.Contacts.Where(c => !c.IsEmpty)];
        context.Input.Contacts.ForEach(c => c.DropEmptySlots());
    }

    public static void ReadTags(CustomerEditorUpdateContext context) =>
        context.Input.Tags = [.. context.Form[TagsField].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
