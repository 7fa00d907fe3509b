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

    /// <summary>
    /// A yes/no field posts its checkbox's "true" and, when it has a stored value, a hidden "false" under the same
    /// name. A ticked box wins whatever order the browser sent them in; MVC alone would keep whichever came first.
    /// </summary>
    public static void ReadYesNoFields(CustomerEditorUpdateContext context)
    {
        foreach (var name in context.Input.CustomFields.Keys.ToList())
        {
            var posted = context.Form[$"Input.CustomFields[{name}]"];
            if (posted.Count > 1 && posted.All(v => v is "true" or "false"))
            {
                context.Input.CustomFields[name] = posted.Contains("true") ? "true" : "false";
            }
        }
    }

    public static void ReadTags(CustomerEditorUpdateContext context) =>
        context.Input.Tags = [.. context.Form[TagsField].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
