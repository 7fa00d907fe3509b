using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Admin.Errors;

namespace OrchardCustomers.Module.Shared.Files;

/// <summary>
/// Holds an upload to the limit in <see cref="FileStorageOptions"/>: a declared Content-Length over it gets 413 before
/// a byte is stored; otherwise the multipart limit is set to it, the server's body limit a little above, and the form is
/// read here, so that a chunked body over the limit gets the same 413. It runs before antiforgery, which would read the
/// form first.
/// </summary>
/// <remarks>
/// A client that is still sending when the 413 is written (browsers and HttpClient send the whole body before they
/// read an answer) sees a reset connection unless the server reads the rest. So the rest of a moderately oversized body
/// is read and thrown away by Kestrel (within its drain time of a few seconds); a huge one is cut off.
/// </remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadSizeLimitAttribute(UploadKind kind) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter, IRequestSizeLimitMetadata
{
    /// <summary>
    /// No fixed limit for the host's request-limits middleware: the limit comes from the options, and this filter
    /// applies it (and drains a moderately oversized body so that the client reads the 413).
    /// </summary>
    public long? MaxRequestBodySize => null;

    /// <summary>Room for the multipart boundaries, headers and the other form fields (the antiforgery token, the return URL).</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>A body over the limit by at most this much is read to its end (and discarded) after the 413.</summary>
    public const long DrainBytes = 128 * 1024 * 1024;

    /// <summary>How far a chunked body may run over the multipart limit before the server itself stops reading.</summary>
    public const long ChunkedSlackBytes = 16 * 1024 * 1024;

    public UploadKind Kind { get; } = kind;

    /// <summary>Before antiforgery validation (order 1000), like ASP.NET Core's own request size filters.</summary>
    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<FileStorageOptions>>().Value;
        var limit = Kind == UploadKind.Picture ? options.MaxPictureBytes : options.MaxBytes;
        var requestLimit = limit + FormOverheadBytes;
        var bodySize = http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
        if (http.Request.ContentLength is { } declared && declared > requestLimit)
        {
            if (bodySize is not null && declared <= requestLimit + DrainBytes)
            {
                bodySize.MaxRequestBodySize = declared;
            }

            context.Result = TooLarge(http, Kind, limit);
            return;
        }

        if (bodySize is not null)
        {
            bodySize.MaxRequestBodySize = http.Request.ContentLength ?? requestLimit + ChunkedSlackBytes;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = requestLimit }));
        }

        if (!http.Request.HasFormContentType)
        {
            return;
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = TooLarge(http, Kind, limit);
        }
        catch (InvalidDataException)
        {
            // The form reader's own limits: the multipart body, a section's headers, the number of values.
            context.Result = TooLarge(http, Kind, limit);
        }
        catch (IOException)
        {
            // A malformed or cut-off multipart body (BadHttpRequestException is an IOException too).
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>A 413 page that says which limit the upload exceeded.</summary>
    public static IActionResult TooLarge(HttpContext http, UploadKind kind, long limit)
    {
        var S = http.RequestServices.GetRequiredService<IStringLocalizer<UploadSizeLimitAttribute>>();
        var megabytes = Math.Max(1, limit / 1024 / 1024);
        var text = kind == UploadKind.Picture
            ? S["The picture is larger than the {0} MB a picture may have. Choose a smaller one.", megabytes]
            : S["The file is larger than the {0} MB a file may have. Choose a smaller one.", megabytes];
        var metadata = http.RequestServices.GetRequiredService<IModelMetadataProvider>();
        return new ViewResult
        {
            ViewName = "/Admin/Errors/Views/Index.cshtml",
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ViewData = new ViewDataDictionary<ErrorViewModel>(metadata, new ModelStateDictionary())
            {
                Model = new ErrorViewModel(StatusCodes.Status413PayloadTooLarge, S["Upload too large"], text),
            },
        };
    }
}
