namespace OrchardCustomers.Module.Shared.Files;

public enum PictureOutcome
{
    /// <summary>The picture was read and made small.</summary>
    Resized,

    /// <summary>Not a JPEG, PNG, GIF or WebP image: SVG, HTML, text, a program, an empty file.</summary>
    NotAnImage,

    /// <summary>The header declares more pixels than allowed; nothing was decoded.</summary>
    TooManyPixels,

    /// <summary>The header is an image's, but the pixel data is cut off or broken.</summary>
    Damaged,
}
