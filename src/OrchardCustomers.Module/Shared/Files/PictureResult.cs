namespace OrchardCustomers.Module.Shared.Files;

/// <summary>What became of an uploaded picture: the JPEG to store, or why there is none.</summary>
/// <param name="Width">The width the image's header declares (0 when it has no readable header).</param>
/// <param name="Height">The height the image's header declares.</param>
public sealed record PictureResult(PictureOutcome Outcome, byte[]? Jpeg, int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}
