using System.Globalization;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Numbering;
using OrchardCustomers.Tests.Uploads;
using static OrchardCustomers.Tests.Security.Matrix.StateProbe;

namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>State probes for the customer feature's changes, each on a customer (note, file, field) made for it alone.</summary>
public static class CustomerProbes
{
    public static Dictionary<string, Func<MatrixActor, Task<StateProbe>>> For(MatrixTargets t) => new(StringComparer.Ordinal)
    {
        ["POST Admin/Customers/Create"] = async _ =>
        {
            var name = t.Unique(MatrixTargets.CustomerPrefix);
            return new(new("POST", "Admin/Customers/Create") { Form = [.. CustomerForm(name), new("allowDuplicates", "true")] },
                () => t.CustomersNamedAsync(name), Expect($"1 named {name}"));
        },
        ["POST Admin/Customers/{id:long}/Edit"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            var version = await t.VersionAsync(id);
            var name = t.Unique(MatrixTargets.CustomerPrefix);
            return new(new("POST", $"Admin/Customers/{id}/Edit") { Form = [.. CustomerForm(name), new("version", Text(version)), new("allowDuplicates", "true")] },
                () => t.CustomerAsync(id), after => after.Contains($" {name} ", StringComparison.Ordinal) ? null : $"the name did not change: {after}");
        },
        ["POST Admin/Customers/{id:long}/Edit [read-only]"] = async _ =>
        {
            var id = await t.NewCustomerAsync(readOnly: true);
            var version = await t.VersionAsync(id);
            var name = t.Unique(MatrixTargets.CustomerPrefix);
            return new(new("POST", $"Admin/Customers/{id}/Edit") { Form = [.. CustomerForm(name), new("Input.IsReadOnly", "true"), new("version", Text(version)), new("allowDuplicates", "true")] },
                () => t.CustomerAsync(id), after => after.Contains($" {name} ", StringComparison.Ordinal) ? null : $"the name did not change: {after}");
        },
        ["POST Admin/Customers/{id:long}/Archive"] = async _ => Lifecycle(t, await t.NewCustomerAsync(), "Admin/Customers/{0}/Archive", "Archived"),
        ["POST Admin/Customers/{id:long}/Restore"] = async _ => Lifecycle(t, await t.NewCustomerAsync(archived: true), "Admin/Customers/{0}/Restore", "Active"),
        ["POST Admin/Customers/{id:long}/Delete"] = async _ => Lifecycle(t, await t.NewCustomerAsync(), "Admin/Customers/{0}/Delete", "missing"),
        ["POST Admin/Customers/{id:long}/Notes"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            return new(new("POST", $"Admin/Customers/{id}/Notes") { Form = [new("text", "Rückruf vereinbart")] },
                () => t.CustomerAsync(id), Contains("notes=1"));
        },
        ["POST Admin/Customers/{id:long}/Notes/{noteId:guid}/Delete"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            var noteId = await t.NewNoteAsync(id);
            return new(new("POST", $"Admin/Customers/{id}/Notes/{noteId}/Delete"), () => t.CustomerAsync(id), Contains("notes=0"));
        },
        ["POST Admin/Customers/{id:long}/Files"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            return new(new("POST", $"Admin/Customers/{id}/Files") { File = new("file", "angebot.txt", "text/plain", "Angebot"u8.ToArray()) },
                () => t.CustomerAsync(id), Contains("files=1"));
        },
        ["POST Admin/Customers/{id:long}/Files/{fileId:guid}/Delete"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            var fileId = await t.NewFileAsync(id);
            return new(new("POST", $"Admin/Customers/{id}/Files/{fileId}/Delete"), () => t.CustomerAsync(id), Contains("files=0"));
        },
        ["POST Admin/Customers/{id:long}/Picture"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            return new(new("POST", $"Admin/Customers/{id}/Picture") { File = new("picture", "logo.png", "image/png", TestImages.BlackPng(8, 8)) },
                () => t.CustomerAsync(id), Contains("picture=True"));
        },
        ["POST Admin/Customers/Bulk [Archive]"] = async _ => Bulk(t, await t.NewCustomerAsync(), "Archive", Contains("Archived "), []),
        ["POST Admin/Customers/Bulk [Restore]"] = async _ => Bulk(t, await t.NewCustomerAsync(archived: true), "Restore", Contains("Active "), []),
        ["POST Admin/Customers/Bulk [Delete]"] = async _ => Bulk(t, await t.NewCustomerAsync(), "Delete", Expect("missing"), []),
        ["POST Admin/Customers/Bulk [SetCategory]"] = async _ =>
        {
            var category = t.Unique("Kategorie");
            return Bulk(t, await t.NewCustomerAsync(), "SetCategory", Contains($"category={category} "), [new("Category", category)]);
        },

        ["POST api/customers"] = async _ =>
        {
            var name = t.Unique(MatrixTargets.CustomerPrefix);
            return new(new("POST", "api/customers?allowDuplicates=true") { Json = CustomerJson(name) }, () => t.CustomersNamedAsync(name), Expect($"1 named {name}"));
        },
        ["PUT api/customers/{id:long}"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            var version = await t.VersionAsync(id);
            var name = t.Unique(MatrixTargets.CustomerPrefix);
            return new(new("PUT", $"api/customers/{id}?allowDuplicates=true") { Json = CustomerJson(name), IfMatch = $"\"{Text(version)}\"" },
                () => t.CustomerAsync(id), after => after.Contains($" {name} ", StringComparison.Ordinal) ? null : $"the name did not change: {after}");
        },
        ["PUT api/customers/{id:long} [read-only]"] = async _ =>
        {
            var id = await t.NewCustomerAsync(readOnly: true);
            var version = await t.VersionAsync(id);
            var name = t.Unique(MatrixTargets.CustomerPrefix);
            return new(new("PUT", $"api/customers/{id}?allowDuplicates=true") { Json = CustomerJson(name, readOnly: true), IfMatch = $"\"{Text(version)}\"" },
                () => t.CustomerAsync(id), after => after.Contains($" {name} ", StringComparison.Ordinal) ? null : $"the name did not change: {after}");
        },
        ["POST api/customers/{id:long}/archive"] = async _ => Lifecycle(t, await t.NewCustomerAsync(), "api/customers/{0}/archive", "Archived"),
        ["POST api/customers/{id:long}/restore"] = async _ => Lifecycle(t, await t.NewCustomerAsync(archived: true), "api/customers/{0}/restore", "Active"),
        ["DELETE api/customers/{id:long}"] = async _ =>
        {
            var id = await t.NewCustomerAsync();
            return new(new("DELETE", $"api/customers/{id}"), () => t.CustomerAsync(id), Expect("missing"));
        },

        ["POST Admin/Customers/Settings"] = async _ =>
        {
            var saved = await t.InTenantAsync(sp => sp.GetRequiredService<CustomerSettingsService>().GetAsync());
            t.OnCleanUp(() => t.InTenantAsync(sp => sp.GetRequiredService<CustomerSettingsService>().SaveAsync(saved)));
            var prefix = "M" + t.Unique("")[..4] + "-";
            return new(new("POST", "Admin/Customers/Settings")
            {
                Form =
                [
                    new("Settings.NumberPrefix", prefix), new("Settings.NumberPadding", Text(saved.NumberPadding)),
                    new("Settings.DebtorRangeStart", Text(saved.DebtorRangeStart)), new("Settings.DebtorRangeEnd", Text(saved.DebtorRangeEnd)),
                ],
            }, () => t.InTenantAsync(async sp => "prefix " + (await sp.GetRequiredService<CustomerSettingsService>().GetAsync()).NumberPrefix), Expect("prefix " + prefix)) { SingleUse = true };
        },
        ["POST Admin/Customers/Settings/Fields"] = async _ =>
        {
            var name = t.Unique("matrixfeld");
            t.OnCleanUp(() => t.InTenantAsync(sp => sp.GetRequiredService<CustomFieldService>().DeleteAsync(name)));
            return new(new("POST", "Admin/Customers/Settings/Fields")
            {
                Form = [new("NewField.Name", name), new("NewField.Label", "Matrixfeld"), new("NewField.Type", "Text"), new("NewField.Position", "9")],
            }, () => FieldAsync(t, name), Expect($"{name} exists"));
        },
        ["POST Admin/Customers/Settings/Fields/{name}/Delete"] = async _ =>
        {
            var name = t.Unique("matrixfeld");
            await t.InTenantAsync(sp => sp.GetRequiredService<CustomFieldService>().SaveAsync(new CustomFieldDefinition { Name = name, Label = "Matrixfeld", Position = 9 }));
            t.OnCleanUp(() => t.InTenantAsync(sp => sp.GetRequiredService<CustomFieldService>().DeleteAsync(name)));
            return new(new("POST", $"Admin/Customers/Settings/Fields/{name}/Delete"), () => FieldAsync(t, name), Expect($"{name} missing"));
        },
    };

    private static StateProbe Lifecycle(MatrixTargets t, long id, string pathFormat, string expectedStatus) =>
        new(new("POST", string.Format(CultureInfo.InvariantCulture, pathFormat, id)),
            () => t.CustomerAsync(id), expectedStatus == "missing" ? Expect("missing") : Contains(expectedStatus + " "));

    private static StateProbe Bulk(MatrixTargets t, long id, string action, Func<string, string?> effect, IEnumerable<KeyValuePair<string, string>> extra) =>
        new(new("POST", "Admin/Customers/Bulk") { Form = [new("Ids", Text(id)), new("Action", action), .. extra] }, () => t.CustomerAsync(id), effect);

    private static Func<string, string?> Contains(string part) =>
        after => after.Contains(part, StringComparison.Ordinal) ? null : $"the state '{after}' lacks '{part}'";

    private static Task<string> FieldAsync(MatrixTargets t, string name) => t.InTenantAsync(async sp =>
        (await sp.GetRequiredService<CustomFieldService>().GetAllAsync()).Any(f => f.Name == name) ? $"{name} exists" : $"{name} missing");

    private static List<KeyValuePair<string, string>> CustomerForm(string name) =>
    [
        new("Input.Kind", "Company"), new("Input.CompanyName", name),
        new("Input.Addresses[0].Street", "Hauptstraße 1"), new("Input.Addresses[0].PostalCode", "10115"), new("Input.Addresses[0].City", "Berlin"),
    ];

    private static string CustomerJson(string name, bool readOnly = false) =>
        $$"""{ "kind": "company", "companyName": "{{name}}", "isReadOnly": {{(readOnly ? "true" : "false")}}, "addresses": [ { "street": "Hauptstraße 1", "postalCode": "10115", "city": "Berlin" } ] }""";

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
