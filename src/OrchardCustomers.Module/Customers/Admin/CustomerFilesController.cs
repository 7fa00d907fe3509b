using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Module.Shared.History;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>Files and the profile picture of a customer: checked by their content, kept in the tenant database.</summary>
[Feature(CustomersFeature.Id)]
[Route("Admin/Customers/{id:long}")]
public sealed class CustomerFilesController(
    CrmDbContext db,
    ContentFileStore files,
    TenantDatabase database,
    ActivityRecorder history,
    IOptions<FileStorageOptions> options,
    Notifier notifier,
    ILogger<CustomerFilesController> logger,
    IStringLocalizer<CustomerFilesController> S) : Controller
{
    [HttpPost("Files")]
    [RequirePermission("EditCustomers")]
    [UploadSizeLimit(UploadKind.File)]
    public async Task<IActionResult> Upload(long id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            notifier.Error(S["Choose a file to upload."]);
            return Back(id);
        }

        if (file.Length > options.Value.MaxBytes)
        {
            return UploadSizeLimitAttribute.TooLarge(HttpContext, UploadKind.File, options.Value.MaxBytes);
        }

        var content = await ReadAsync(file, cancellationToken);
        var name = FileInspector.SafeName(file.FileName);
        var contentType = FileInspector.Detect(name, content.AsSpan(0, Math.Min(content.Length, 8192)));
        if (contentType is null)
        {
            notifier.Error(S["{0} was not kept: only PDF, images, Office and OpenDocument files, text, CSV and XML are allowed, and the file's content must match its name.", name]);
            return Back(id);
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var actor = Actor.Of(User);
        files.Add(CustomersFeature.ContentType, id, name, contentType, content, actor.Name);
        history.Record(CustomersFeature.ContentType, id, ActivityKind.FileAdded, actor, detail: name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Success(S["{0} was added.", name]);
        return Back(id);
    }

    [HttpGet("Files/{fileId:guid}")]
    [RequirePermission("ViewCustomers")]
    public async Task<IActionResult> Download(long id, Guid fileId, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(CustomersFeature.ContentType, id, fileId, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        // Never let a browser guess a type, and never show an uploaded file inline (File with a name sends
        // "attachment"); should one be opened anyway, the sandbox keeps its scripts away from the site's origin.
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        return File(file.Content, file.MediaType, FileInspector.SafeName(file.FileName));
    }

    [HttpPost("Files/{fileId:guid}/Delete")]
    [RequirePermission("EditCustomers")]
    public async Task<IActionResult> DeleteFile(long id, Guid fileId, CancellationToken cancellationToken)
    {
        var file = await files.GetAsync(CustomersFeature.ContentType, id, fileId, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        files.Remove(file);
        history.Record(CustomersFeature.ContentType, id, ActivityKind.FileDeleted, Actor.Of(User), detail: file.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Success(S["{0} was deleted.", file.FileName]);
        return Back(id);
    }

    [HttpPost("Picture")]
    [RequirePermission("EditCustomers")]
    [UploadSizeLimit(UploadKind.Picture)]
    public async Task<IActionResult> UploadPicture(long id, IFormFile? picture, CancellationToken cancellationToken)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (picture is null || picture.Length == 0)
        {
            notifier.Error(S["Choose a picture of at most {0} MB.", options.Value.MaxPictureBytes / 1024 / 1024]);
            return Back(id);
        }

        if (picture.Length > options.Value.MaxPictureBytes)
        {
            return UploadSizeLimitAttribute.TooLarge(HttpContext, UploadKind.Picture, options.Value.MaxPictureBytes);
        }

        var name = FileInspector.SafeName(picture.FileName);
        var result = PictureResizer.Resize(await ReadAsync(picture, cancellationToken), options.Value.PictureSize, options.Value.MaxPicturePixels);
        switch (result.Outcome)
        {
            case PictureOutcome.NotAnImage:
                notifier.Error(S["{0} is not a picture that can be read (JPEG, PNG, GIF or WebP).", name]);
                return Back(id);
            case PictureOutcome.TooManyPixels:
                // A small file that declares a huge image is how a decompression bomb looks: worth an operator's look.
                logger.LogWarning("Refused a picture of {Width} x {Height} pixels for customer {CustomerId} from {UserName}", result.Width, result.Height, id, User.Identity?.Name);
                notifier.Error(S["{0} has {1} × {2} pixels; a picture may have at most {3} megapixels.", name, result.Width, result.Height, options.Value.MaxPicturePixels / 1_000_000]);
                return Back(id);
            case PictureOutcome.Damaged:
                notifier.Error(S["{0} is damaged or incomplete and cannot be read as a picture.", name]);
                return Back(id);
        }

        var resized = result.Jpeg!;

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await files.SetPictureAsync(CustomersFeature.ContentType, id, resized, "image/jpeg", cancellationToken);
        history.Record(CustomersFeature.ContentType, id, ActivityKind.PictureChanged, Actor.Of(User));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Success(S["The picture was saved."]);
        return Back(id);
    }

    [HttpGet("Picture")]
    [RequirePermission("ViewCustomers")]
    public async Task<IActionResult> Picture(long id, CancellationToken cancellationToken)
    {
        var picture = await files.GetPictureAsync(CustomersFeature.ContentType, id, cancellationToken);
        if (picture is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers.CacheControl = "private, max-age=300";
        return File(picture.Content, picture.MediaType);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Back to the list the user came from, with the panel open; or to the customer's panel alone.</summary>
    private IActionResult Back(long id)
    {
        var returnUrl = Request.HasFormContentType ? Request.Form["returnUrl"].ToString() : null;
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl + "#files")
            : Redirect(Url.Content($"~/Admin/Customers?panel={id}&status=all#files"));
    }
}
