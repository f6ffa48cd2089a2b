using System.Text;
using ScottPlot;
using SkiaSharp;

namespace K8sFootprint.Charts.Internal;

/// <summary>Draws plots into a <see cref="ChartImage"/>: one plot through ScottPlot's own PNG and SVG export,
/// several stacked in rows on one Skia canvas per format.</summary>
internal static class ChartRenderer
{
    public static ChartImage Render(Plot plot, string name, ChartOptions options) => new(
        name,
        plot.GetImageBytes(options.Width, options.Height, ImageFormat.Png),
        plot.GetSvgXml(options.Width, options.Height),
        options.Width,
        options.Height);

    /// <summary>Draws the plots in equal rows, top to bottom, on a white background.</summary>
    public static ChartImage RenderStacked(IReadOnlyList<Plot> plots, string name, ChartOptions options) => new(
        name,
        StackedPng(plots, options.Width, options.Height),
        StackedSvg(plots, options.Width, options.Height),
        options.Width,
        options.Height);

    private static byte[] StackedPng(IReadOnlyList<Plot> plots, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height))
            ?? throw new InvalidOperationException($"Skia could not make a {width} × {height} surface.");
        DrawRows(surface.Canvas, plots, width, height);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static string StackedSvg(IReadOnlyList<Plot> plots, int width, int height)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(width, height), stream))
        {
            DrawRows(canvas, plots, width, height);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void DrawRows(SKCanvas canvas, IReadOnlyList<Plot> plots, int width, int height)
    {
        canvas.Clear(SKColors.White);
        for (int i = 0; i < plots.Count; i++)
        {
            // Rows start and end on whole pixels, so no edge pixel is half one row's background and half another's.
            int top = i * height / plots.Count;
            int bottom = (i + 1) * height / plots.Count;

            // A plot clears the whole canvas before drawing; the clip keeps it to its own row.
            canvas.Save();
            canvas.ClipRect(new SKRect(0, top, width, bottom));
            plots[i].Render(canvas, new PixelRect(0, width, bottom, top));
            canvas.Restore();
        }
    }
}
