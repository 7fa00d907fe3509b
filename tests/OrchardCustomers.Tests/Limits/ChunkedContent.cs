using System.Net;
using System.Net.Http.Headers;

namespace OrchardCustomers.Tests.Limits;

/// <summary>A JSON body sent without Content-Length, so that the server learns its size only by reading it.</summary>
public sealed class ChunkedContent : HttpContent
{
    private readonly byte[] _bytes;

    public ChunkedContent(byte[] bytes)
    {
        _bytes = bytes;
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < _bytes.Length; offset += 64 * 1024)
        {
            await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(64 * 1024, _bytes.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
