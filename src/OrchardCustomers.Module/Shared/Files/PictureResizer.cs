using System.Runtime.InteropServices;
using SkiaSharp;

namespace OrchardCustomers.Module.Shared.Files;

/// <summary>
/// Makes a profile picture small. The header is read first, and a picture that declares more pixels than allowed is
/// refused before anything is decoded. A large picture is decoded reduced (scaled by the JPEG or WebP decoder, or row
/// by row and averaged for PNG), so that memory follows the reduced size rather than the declared one. The result is
/// fitted into a square on white and stored as JPEG.
/// </summary>
public static class PictureResizer
{
    public static PictureResult Resize(byte[] image, int size, long maxPixels)
    {
        if (image.Length == 0)
        {
            return new PictureResult(PictureOutcome.NotAnImage, null, 0, 0);
        }

        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null
            || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Gif or SKEncodedImageFormat.Webp)
            || codec.Info.Width <= 0
            || codec.Info.Height <= 0)
        {
            return new PictureResult(PictureOutcome.NotAnImage, null, 0, 0);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > maxPixels)
        {
            return new PictureResult(PictureOutcome.TooManyPixels, null, width, height);
        }

        // Twice the final size keeps the last (cubic) step sharp.
        using var decoded = Decode(codec, Math.Max(1, size) * 2);
        return decoded is null
            ? new PictureResult(PictureOutcome.Damaged, null, width, height)
            : new PictureResult(PictureOutcome.Resized, Fit(decoded, size), width, height);
    }

    /// <returns>The image, reduced to about <paramref name="working"/> pixels on its long side; null when it is damaged.</returns>
    private static SKBitmap? Decode(SKCodec codec, int working)
    {
        var info = codec.Info;
        var factor = Math.Max(info.Width, info.Height) / working;
        if (factor > 1)
        {
            var scaled = codec.GetScaledDimensions(1f / factor);
            if ((long)scaled.Width * scaled.Height < (long)info.Width * info.Height)
            {
                return DecodeWhole(codec, scaled.Width, scaled.Height);
            }

            if (codec.StartScanlineDecode(Rgba(info.Width, info.Height)) == SKCodecResult.Success && codec.ScanlineOrder == SKCodecScanlineOrder.TopDown)
            {
                return DecodeRows(codec, factor);
            }
        }

        // Small pictures, GIF and interlaced PNG: decoded whole, which the pixel limit bounds.
        return DecodeWhole(codec, info.Width, info.Height);
    }

    private static SKBitmap? DecodeWhole(SKCodec codec, int width, int height)
    {
        var info = Rgba(width, height);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>Decodes one row at a time and averages each <paramref name="factor"/>² block into one pixel.</summary>
    private static SKBitmap? DecodeRows(SKCodec codec, int factor)
    {
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var outWidth = (width + factor - 1) / factor;
        var outHeight = (height + factor - 1) / factor;
        var row = new byte[width * 4];
        var sums = new long[outWidth * 4];
        var pixels = new byte[outWidth * outHeight * 4];
        var handle = GCHandle.Alloc(row, GCHandleType.Pinned);
        try
        {
            var rowsInBand = 0;
            var outRow = 0;
            for (var y = 0; y < height; y++)
            {
                if (codec.GetScanlines(handle.AddrOfPinnedObject(), 1, row.Length) != 1)
                {
                    return null;
                }

                for (var x = 0; x < width; x++)
                {
                    var cell = x / factor * 4;
                    var p = x * 4;
                    sums[cell] += row[p];
                    sums[cell + 1] += row[p + 1];
                    sums[cell + 2] += row[p + 2];
                    sums[cell + 3] += row[p + 3];
                }

                if (++rowsInBand < factor && y < height - 1)
                {
                    continue;
                }

                for (var cx = 0; cx < outWidth; cx++)
                {
                    var count = (long)Math.Min(factor, width - (cx * factor)) * rowsInBand;
                    var target = ((outRow * outWidth) + cx) * 4;
                    for (var c = 0; c < 4; c++)
                    {
                        pixels[target + c] = (byte)((sums[(cx * 4) + c] + (count / 2)) / count);
                    }
                }

                Array.Clear(sums);
                rowsInBand = 0;
                outRow++;
            }
        }
        finally
        {
            handle.Free();
        }

        var bitmap = new SKBitmap(Rgba(outWidth, outHeight));
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return bitmap;
    }

    private static byte[] Fit(SKBitmap original, int size)
    {
        var scale = Math.Min(1.0, (double)size / Math.Max(original.Width, original.Height));
        var width = Math.Max(1, (int)Math.Round(original.Width * scale));
        var height = Math.Max(1, (int)Math.Round(original.Height * scale));
        using var resized = original.Resize(original.Info.WithSize(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
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

    private static SKImageInfo Rgba(int width, int height) => new(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
}
