using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Editor;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>A section another feature adds to the customer form: a sample code with its own validation and storage.</summary>
[Feature(SampleFeature.Id)]
public sealed partial class SampleCodeSection(SampleTenant tenant, IStringLocalizer<SampleCodeSection> S) : ICustomerEditorSection
{
    public const string Field = "Sample.Code";

    public string Id => "sample";

    public int Position => 1150;

    public Task<CustomerEditorSectionView?> BuildEditorAsync(CustomerEditorContext context, CancellationToken cancellationToken)
    {
        var value = context.Posted is { } posted ? posted[Field].ToString()
            : context.CustomerId is { } id ? SampleCodes.Get(tenant.Key, id) : null;
        var fields = new EditorTextFields([new EditorTextField(Field, S["Sample code"], value, S["Two capital letters, a hyphen and three digits, e.g. AB-123."])]);
        return Task.FromResult<CustomerEditorSectionView?>(new CustomerEditorSectionView(Id, S["Sample"], CustomerEditorViews.TextFields, fields));
    }

    public Task UpdateAsync(CustomerEditorUpdateContext context, CancellationToken cancellationToken)
    {
        var code = context.Form[Field].ToString().Trim();
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            context.AddError(Field, S["A sample code is two capital letters, a hyphen and three digits, e.g. AB-123."]);
        }

        return Task.CompletedTask;
    }

    public Task SavedAsync(CustomerEditorSavedContext context, CancellationToken cancellationToken)
    {
        SampleCodes.Set(tenant.Key, context.Customer.Id, context.Form[Field].ToString().Trim());
        return Task.CompletedTask;
    }

    [GeneratedRegex("^[A-Z]{2}-[0-9]{3}$")]
    private static partial Regex CodePattern();
}
