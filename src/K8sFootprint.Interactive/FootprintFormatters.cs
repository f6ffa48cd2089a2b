using K8sFootprint.Charts;
using K8sFootprint.Interactive.Internal;
using K8sFootprint.Measurement;
using K8sFootprint.Statistics;
using Microsoft.DotNet.Interactive.Formatting;

namespace K8sFootprint.Interactive;

/// <summary>
/// HTML formatters for .NET Interactive notebooks: a <see cref="Footprint"/> shows as a table of the five headline
/// metrics with their units and warnings, a <see cref="RunsAnalysis"/> as N, mean and 95 % interval per target and
/// metric with the comparison against the baseline in words, a <see cref="BaselineComparison"/> as its words, both
/// summaries and the ratio, and a <see cref="ChartImage"/> as the picture itself.
/// </summary>
/// <remarks>
/// Referencing the package with <c>#r "nuget:K8sFootprint.Interactive"</c> registers the formatters by itself; a
/// notebook that references the assembly by path calls <see cref="Register"/> once. Numbers read as
/// <see cref="Reporting.Quantities.Format"/> writes them, and every name and message is HTML-encoded, so a target
/// called <c>&lt;script&gt;</c> shows as text.
/// </remarks>
public static class FootprintFormatters
{
    /// <summary>The MIME type the formatters write.</summary>
    public const string MimeType = HtmlFormatter.MimeType;

    private static readonly Lock Gate = new();

    private static readonly ITypeFormatter[] Formatters =
    [
        new HtmlFormatter<Footprint>((footprint, context) => context.Writer.Write(FootprintHtml.Write(footprint))),
        new HtmlFormatter<RunsAnalysis>((analysis, context) => context.Writer.Write(AnalysisHtml.Write(analysis))),
        new HtmlFormatter<BaselineComparison>(
            (comparison, context) => context.Writer.Write(ComparisonHtml.Write(comparison))),
        new HtmlFormatter<ChartImage>((chart, context) => context.Writer.Write(ChartHtml.Write(chart))),
    ];

    /// <summary>Registers the formatters with <see cref="Formatter"/>. Calling it again does nothing, unless
    /// <see cref="Formatter.ResetToDefault"/> has removed them since; then they are registered anew.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            var registered = Formatter.RegisteredFormatters(includeDefaults: false).ToHashSet();
            foreach (var formatter in Formatters.Where(f => !registered.Contains(f)))
            {
                Formatter.Register(formatter);
            }
        }
    }
}
