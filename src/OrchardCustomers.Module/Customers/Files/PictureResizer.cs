using SkiaSharp;

namespace OrchardCustomers.Module.Customers.Files;

/// <summary>Makes a profile picture small: decoded with SkiaSharp, fitted into a square, stored as JPEG.</summary>
public static class PictureResizer
{
    /// <returns>The JPEG bytes, or null when the bytes are not an image SkiaSharp can read.</returns>
    public static byte[]? Resize(byte[] image, int size)
    {
        using var original = SKBitmap.Decode(image);
        if (original is null || original.Width == 0 || original.Height == 0)
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)size / Math.Max(original.Width, original.Height));
        var width = Math.Max(1, (int)Math.Round(original.Width * scale));
        var height = Math.Max(1, (int)Math.Round(original.Height * scale));
        using var resized = original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var canvas = new SKBitmap(width, height);
        using (var surface = new SKCanvas(canvas))
        {
            // JPEG has no transparency: a transparent logo gets a white background instead of a black one.
            surface.Clear(SKColors.White);
            using var scaled = SKImage.FromBitmap(resized ?? original);
            surface.DrawImage(scaled, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        }

        using var encoded = canvas.Encode(SKEncodedImageFormat.Jpeg, 85);
        return encoded.ToArray();
    }
}
