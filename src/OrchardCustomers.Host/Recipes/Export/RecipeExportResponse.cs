using Microsoft.Net.Http.Headers;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary>Streams the export recipe into the response as a download, for the admin page and the API alike.</summary>
public static class RecipeExportResponse
{
    public static async Task WriteAsync(HttpResponse response, RecipeExporter exporter, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = exporter.FileName }.ToString();
        await exporter.WriteAsync(response.Body, cancellationToken);
    }
}
