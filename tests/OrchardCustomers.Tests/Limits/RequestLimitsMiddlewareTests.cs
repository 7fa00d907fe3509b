using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Limits;

namespace OrchardCustomers.Tests.Limits;

public sealed class RequestLimitsMiddlewareTests
{
    private static readonly RequestLimitsOptions Options = new();

    [Fact]
    public void Json_gets_the_json_limit_and_anything_else_the_general_one()
    {
        Assert.Equal(Options.MaxJsonBodySize, RequestLimitsMiddleware.LimitFor(Context("application/json; charset=utf-8"), Options));
        Assert.Equal(Options.MaxRequestBodySize, RequestLimitsMiddleware.LimitFor(Context("multipart/form-data; boundary=x"), Options));
    }

    [Fact]
    public void An_endpoints_own_limit_wins_over_both()
    {
        var upload = Context("multipart/form-data; boundary=x", new RequestSizeLimitAttribute(64L * 1024 * 1024));
        Assert.Equal(64L * 1024 * 1024, RequestLimitsMiddleware.LimitFor(upload, Options));
        var small = Context("application/json", new RequestSizeLimitAttribute(1000));
        Assert.Equal(1000, RequestLimitsMiddleware.LimitFor(small, Options));
    }

    private static DefaultHttpContext Context(string contentType, params object[] metadata)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        if (metadata.Length > 0)
        {
            context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(metadata), "test"));
        }

        return context;
    }
}
