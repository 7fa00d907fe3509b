using System.Net;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>Sends another content without a Content-Length (chunked), as a client that streams its upload does.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly HttpContent _inner;

    public ChunkedContent(HttpContent inner)
    {
        _inner = inner;
        Headers.ContentType = inner.Headers.ContentType;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _inner.CopyToAsync(stream);

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
