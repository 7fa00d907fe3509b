using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;
using SkiaSharp;

namespace OrchardCustomers.Tests.Uploads;

/// <summary>
/// Profile pictures through the admin form: the header is read before anything is decoded, a picture that declares too
/// many pixels is refused, anything that is not a readable JPEG, PNG, GIF or WebP gets a clear message (never a 500),
/// and a good picture of any size is stored small.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class PictureUploadTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "globex";

    [Fact]
    public async Task A_picture_that_declares_more_pixels_than_allowed_is_refused_before_decoding()
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);
        var bomb = TestImages.BlackPng(8000, 8000);
        Assert.True(bomb.Length < 1024 * 1024, $"The bomb should be small, is {bomb.Length} bytes.");

        var error = await upload.ErrorAfterAsync(await upload.UploadPictureAsync("bombe.png", bomb));

        Assert.Equal("bombe.png hat 8000 × 8000 Pixel; ein Bild darf höchstens 40 Megapixel haben.", error);
        Assert.False(await HasPictureAsync(upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    public static TheoryData<string, byte[], string> NotPictures => new()
    {
        { "logo.svg", Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"""), "image/svg+xml" },
        { "bild.png", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"), "image/png" },
        { "foto.jpg", Encoding.UTF8.GetBytes("Das ist kein Bild, nur Text."), "image/jpeg" },
        { "setup.jpg", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, .. new byte[512]], "image/jpeg" },
        { "bild.bmp", [0x42, 0x4D, .. new byte[64]], "image/bmp" },
    };

    [Theory]
    [MemberData(nameof(NotPictures))]
    public async Task A_file_that_is_no_picture_gets_a_clear_message(string fileName, byte[] content, string contentType)
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);

        var error = await upload.ErrorAfterAsync(await upload.UploadPictureAsync(fileName, content, contentType));

        Assert.Equal($"{fileName} ist kein lesbares Bild (JPEG, PNG, GIF oder WebP).", error);
        Assert.False(await HasPictureAsync(upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task An_empty_file_gets_a_clear_message()
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);

        var error = await upload.ErrorAfterAsync(await upload.UploadPictureAsync("leer.png", []));

        Assert.Equal("Wählen Sie ein Bild mit höchstens 10 MB.", error);
        Assert.False(await HasPictureAsync(upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_cut_off_png_gets_a_clear_message()
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);
        var whole = TestImages.Noise(300, 200);

        var error = await upload.ErrorAfterAsync(await upload.UploadPictureAsync("kaputt.png", whole[..(whole.Length / 2)]));

        Assert.Equal("kaputt.png ist beschädigt oder unvollständig und kann nicht als Bild gelesen werden.", error);
        Assert.False(await HasPictureAsync(upload.CustomerId));
        fixture.Site.Errors.AssertEmpty();
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, 3000, 2000, 256, 171)]
    [InlineData(SKEncodedImageFormat.Jpeg, 4000, 3000, 256, 192)]
    [InlineData(SKEncodedImageFormat.Webp, 1200, 1600, 192, 256)]
    [InlineData(SKEncodedImageFormat.Png, 100, 50, 100, 50)]
    public async Task A_good_picture_of_any_size_is_stored_small(SKEncodedImageFormat format, int width, int height, int storedWidth, int storedHeight)
    {
        var upload = await UploadSession.StartAsync(fixture, Tenant);

        var error = await upload.ErrorAfterAsync(await upload.UploadPictureAsync("bild", TestImages.Encode(width, height, format)));

        Assert.Null(error);
        var response = await upload.Client.GetAsync($"Admin/Customers/{upload.CustomerId}/Picture");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        using var stored = TestImages.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((storedWidth, storedHeight), (stored.Width, stored.Height));
        AssertColor(SKColors.Red, stored.GetPixel(storedWidth / 8, storedHeight / 2));
        AssertColor(SKColors.Blue, stored.GetPixel(storedWidth * 7 / 8, storedHeight / 2));
        fixture.Site.Errors.AssertEmpty();
    }

    private static void AssertColor(SKColor expected, SKColor actual) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) < 40 && Math.Abs(expected.Green - actual.Green) < 40 && Math.Abs(expected.Blue - actual.Blue) < 40,
            $"Expected about {expected}, got {actual}.");

    private Task<bool> HasPictureAsync(long customerId) =>
        fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CrmDbContext>().Pictures.AnyAsync(p => p.ContentType == "Customer" && p.ContentItemId == customerId));
}
