using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace K8sFootprint.Tests.Charts;

/// <summary>Reads what an image declares: its size from the PNG IHDR chunk or the SVG root's attributes, and
/// the texts of an SVG.</summary>
internal static class ImageReader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Checks the 8-byte signature and the IHDR chunk, then reads width and height (big-endian, bytes
    /// 16 to 23).</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24, $"A PNG of {png.Length} bytes is too short for its header.");
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)),
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    public static (int Width, int Height) SvgSize(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        return (Pixels(root, "width"), Pixels(root, "height"));
    }

    /// <summary>The text of every SVG text element, trimmed.</summary>
    public static List<string> SvgTexts(string svg) =>
    [
        .. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()),
    ];

    /// <summary>The share of opaque, non-white pixels in the upper and the lower half of a PNG.</summary>
    public static (double Top, double Bottom) InkInHalves(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        int half = bitmap.Height / 2;
        return (Ink(bitmap, 0, half), Ink(bitmap, half, bitmap.Height));
    }

    private static double Ink(SKBitmap bitmap, int fromRow, int toRow)
    {
        int ink = 0;
        for (int y = fromRow; y < toRow; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                bool dark = pixel.Red < 200 || pixel.Green < 200 || pixel.Blue < 200;
                ink += pixel.Alpha > 128 && dark ? 1 : 0;
            }
        }

        return (double)ink / (bitmap.Width * (toRow - fromRow));
    }

    private static int Pixels(XElement root, string attribute) =>
        int.Parse((string?)root.Attribute(attribute) ?? "", NumberStyles.None, CultureInfo.InvariantCulture);
}
