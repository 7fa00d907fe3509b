using System.Net;
using System.Net.Http.Headers;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Uploads;

/// <summary>A logged-in user who uploads files and pictures to a customer of their own, with the page's antiforgery token.</summary>
internal sealed class UploadSession
{
    private readonly WebSession _session;
    private readonly string _token;

    private UploadSession(WebSession session, long customerId, string token)
    {
        _session = session;
        CustomerId = customerId;
        _token = token;
    }

    public long CustomerId { get; }

    public HttpClient Client => _session.Client;

    /// <summary>Logs in as the tenant's Manager and creates a customer that no other test touches.</summary>
    public static async Task<UploadSession> StartAsync(MultiTenantSite fixture, string tenant)
    {
        var customerId = await fixture.Site.InTenantAsync(tenant, async sp =>
        {
            var input = new CustomerInput
            {
                Kind = CustomerKind.Company,
                CompanyName = "Upload " + Guid.NewGuid().ToString("n")[..8],
                Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }],
            };
            return (await sp.GetRequiredService<CustomerService>().CreateAsync(input, true, null)).Customer!.Id;
        });
        var session = new WebSession(fixture.Client(tenant));
        await session.LoginOrFailAsync(MultiTenantSite.UserName(tenant, RoleNames.Manager), AutoSetup.Password);
        return await OpenAsync(session, customerId);
    }

    /// <summary>For a logged-in session: takes the antiforgery token from the customer's edit page.</summary>
    public static async Task<UploadSession> OpenAsync(WebSession session, long customerId)
    {
        var page = await session.GetPageAsync($"Admin/Customers/{customerId}/Edit");
        var token = page.QuerySelector("[data-testid=picture-form] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The picture form has no antiforgery token.");
        return new UploadSession(session, customerId, token);
    }

    public Task<HttpResponseMessage> UploadPictureAsync(string fileName, byte[] content, string contentType = "image/png") =>
        PostAsync("Picture", "picture", fileName, new ByteArrayContent(content), contentType, chunked: false);

    public Task<HttpResponseMessage> UploadFileAsync(string fileName, byte[] content, string contentType = "application/octet-stream") =>
        PostAsync("Files", "file", fileName, new ByteArrayContent(content), contentType, chunked: false);

    /// <param name="action">"Files" or "Picture".</param>
    public async Task<HttpResponseMessage> PostAsync(string action, string field, string fileName, HttpContent file, string contentType, bool chunked)
    {
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent
        {
            { new StringContent(_token), "__RequestVerificationToken" },
            { file, field, fileName },
        };
        using HttpContent body = chunked ? new ChunkedContent(form) : form;
        return await Client.PostAsync($"Admin/Customers/{CustomerId}/{action}", body);
    }

    /// <summary>Follows the redirect after an upload and returns the page's error notification, or null.</summary>
    public async Task<string?> ErrorAfterAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect back to the customer, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var page = await _session.GetPageAsync(response.Headers.Location!.OriginalString.Split('#')[0]);
        return page.QuerySelector("[data-testid=notification-error] p")?.TextContent.Trim();
    }
}
