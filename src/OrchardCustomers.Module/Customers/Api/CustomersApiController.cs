using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Net.Http.Headers;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Customers.Services;

namespace OrchardCustomers.Module.Customers.Api;

/// <summary>
/// Customers for scripts and other systems. Reads carry an ETag; a PUT must send it back in If-Match, and a stale one
/// gets 412, so that no update overwrites another unseen.
/// </summary>
[Feature(CustomersFeature.Id)]
[Route("api/customers")]
public sealed class CustomersApiController(CustomerService customers, CustomerListService list) : ApiControllerBase
{
    [HttpGet]
    [RequirePermission("ViewCustomers")]
    [EndpointSummary("List customers")]
    [EndpointDescription("Search (prefix, case and accents ignored), filter, sort and page. Active customers unless status says otherwise. For deep pages pass nextCursor as after, which costs the same on every page; page is an offset.")]
    [ProducesResponseType<CustomerListResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<CustomerListResponse>> List([FromQuery] CustomerListRequest request, CancellationToken cancellationToken)
    {
        var query = request.ToQuery();
        if (list.Check(query) is { Count: > 0 } errors)
        {
            return Invalid(errors);
        }

        var (page, items) = await list.QueryCustomersAsync(query, cancellationToken);
        return new CustomerListResponse([.. items.Select(CustomerDto.From)], page.Total, page.Page, page.PageSize, page.NextCursor, page.PreviousCursor);
    }

    [HttpGet("{id:long}")]
    [RequirePermission("ViewCustomers")]
    [EndpointSummary("Read a customer")]
    [EndpointDescription("The ETag header carries the customer's version: send it back in If-Match to change the customer.")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<CustomerDto>> Get(long id, CancellationToken cancellationToken)
    {
        var customer = await customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such customer.");
        }

        SetETag(customer.Version);
        return CustomerDto.From(customer);
    }

    /// <param name="allowDuplicates">Save even when other customers look the same (the answer without it is 409).</param>
    [HttpPost]
    [RequirePermission("EditCustomers")]
    [EndpointSummary("Create a customer")]
    [EndpointDescription("Numbers come from the tenant's ranges unless given. Validation problems name the camelCase field; customers that look the same give 409 with the list of them unless allowDuplicates=true.")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CustomerDto>> Create(CustomerInput input, [FromQuery] bool allowDuplicates, CancellationToken cancellationToken)
    {
        var result = await customers.CreateAsync(input, allowDuplicates, User, cancellationToken);
        if (!result.Succeeded)
        {
            return Failure(result);
        }

        SetETag(result.Customer!.Version);
        return CreatedAtAction(nameof(Get), new { id = result.Customer.Id }, Saved(result));
    }

    [HttpPut("{id:long}")]
    [RequirePermission("EditCustomers")]
    [EndpointSummary("Replace a customer")]
    [EndpointDescription("Needs If-Match with the ETag from the last read (428 without it); a stale one gives 412 and changes nothing.")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public async Task<ActionResult<CustomerDto>> Update(long id, CustomerInput input, [FromQuery] bool allowDuplicates, CancellationToken cancellationToken)
    {
        var expected = ExpectedVersion();
        if (expected is null)
        {
            return Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "Send the customer's ETag in If-Match.",
                detail: "GET the customer first; its ETag header says which version you are changing.");
        }

        var result = await customers.UpdateAsync(id, expected.Value, input, allowDuplicates, User, cancellationToken);
        if (!result.Succeeded)
        {
            return Failure(result);
        }

        SetETag(result.Customer!.Version);
        return Saved(result);
    }

    [HttpPost("{id:long}/archive")]
    [RequirePermission("EditCustomers")]
    [EndpointSummary("Archive a customer")]
    [EndpointDescription("Hides the customer from the default list; restore brings it back. If-Match is optional here.")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CustomerDto>> Archive(long id, CancellationToken cancellationToken) =>
        Answer(await customers.ArchiveAsync(id, ExpectedVersion(), User, cancellationToken));

    [HttpPost("{id:long}/restore")]
    [RequirePermission("EditCustomers")]
    [EndpointSummary("Restore an archived customer")]
    [ProducesResponseType<CustomerDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CustomerDto>> Restore(long id, CancellationToken cancellationToken) =>
        Answer(await customers.RestoreAsync(id, ExpectedVersion(), User, cancellationToken));

    [HttpDelete("{id:long}")]
    [RequirePermission("DeleteCustomers")]
    [EndpointSummary("Delete a customer")]
    [EndpointDescription("Refused with 409 and the reasons while anything refers to the customer (notes, files, later invoices); archive it instead.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(long id, CancellationToken cancellationToken)
    {
        var result = await customers.DeleteAsync(id, User, cancellationToken);
        return result.Succeeded ? NoContent() : Failure(result, deleting: true).Result!;
    }

    private ActionResult<CustomerDto> Answer(CustomerSaveResult result)
    {
        if (!result.Succeeded)
        {
            return Failure(result);
        }

        SetETag(result.Customer!.Version);
        return Saved(result);
    }

    private static CustomerDto Saved(CustomerSaveResult result) =>
        CustomerDto.From(result.Customer!) with { Warnings = result.Warnings.Count > 0 ? result.Warnings : null };

    private ActionResult<CustomerDto> Failure(CustomerSaveResult result, bool deleting = false)
    {
        switch (result.Status)
        {
            case CustomerSaveStatus.Invalid:
                return Invalid(result.Errors);
            case CustomerSaveStatus.Duplicates:
                var duplicates = Problem(statusCode: StatusCodes.Status409Conflict, title: "Other customers look the same.",
                    detail: "Check them; send allowDuplicates=true to save anyway.");
                ((ProblemDetails)((ObjectResult)duplicates).Value!).Extensions["duplicates"] = result.Duplicates
                    .Select(d => new { id = d.CustomerId, d.DisplayName, d.Number, reason = d.Reason.ToString(), d.Value });
                return duplicates;
            case CustomerSaveStatus.Conflict:
                return Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The customer was changed in the meantime.",
                    detail: "GET it again and apply your change to the current version.");
            case CustomerSaveStatus.ReadOnly:
                return Problem(statusCode: StatusCodes.Status403Forbidden, title: "The customer is read-only.",
                    detail: "Only users with the permission EditReadOnlyCustomers may change it.");
            case CustomerSaveStatus.Blocked:
                // Deletion rules refuse a delete; a content handler of another feature may refuse a create or update.
                var blocked = deleting
                    ? Problem(statusCode: StatusCodes.Status409Conflict, title: "The customer cannot be deleted.", detail: string.Join(" ", result.Reasons) + " Archive it instead.")
                    : Problem(statusCode: StatusCodes.Status409Conflict, title: "The change was refused.", detail: string.Join(" ", result.Reasons));
                ((ProblemDetails)((ObjectResult)blocked).Value!).Extensions["reasons"] = result.Reasons;
                return blocked;
            default:
                return Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such customer.");
        }
    }

    private ActionResult Invalid(IEnumerable<CustomerError> errors)
    {
        var state = new ModelStateDictionary();
        foreach (var error in errors)
        {
            state.AddModelError(ApiModelStateResponse.FieldName(error.Field), error.Message);
        }

        return ValidationProblem(state);
    }

    private void SetETag(int version) => Response.Headers.ETag = new EntityTagHeaderValue($"\"{version}\"").ToString();

    /// <summary>The version named by If-Match ("3" or W/"3"), or null when there is none.</summary>
    private int? ExpectedVersion()
    {
        var header = Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        // An unreadable tag can match no version: it is as stale as an old one.
        return int.TryParse(value.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : -1;
    }
}
