using K8sFootprint.Charts;
using K8sFootprint.Interactive;
using K8sFootprint.Measurement;
using K8sFootprint.Statistics;
using Microsoft.DotNet.Interactive.Formatting;

namespace K8sFootprint.Tests.Interactive;

[Collection(FormatterRegistry.Name)]
public sealed class FootprintFormattersTests
{
    private static readonly Type[] Formatted = [typeof(Footprint), typeof(RunsAnalysis), typeof(BaselineComparison),
        typeof(ChartImage)];

    [Fact]
    public void Register_CalledTwice_RegistersOneHtmlFormatterPerType()
    {
        FootprintFormatters.Register();
        FootprintFormatters.Register();

        var sut = Formatter.RegisteredFormatters(includeDefaults: false).ToList();

        Assert.All(Formatted, type => Assert.Single(sut, f => f.Type == type && f.MimeType == "text/html"));
    }

    [Fact]
    public void Register_AfterResetToDefault_RegistersAgain()
    {
        FootprintFormatters.Register();
        Formatter.ResetToDefault();

        FootprintFormatters.Register();

        string sut = InteractiveData.Analysis().ToDisplayString(FootprintFormatters.MimeType);
        Assert.StartsWith("<div class=\"k8sfp k8sfp-analysis\">", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtensionScript_RegistersTheFormatters()
    {
        string script = Path.Combine(TestFiles.Repository, "src", "K8sFootprint.Interactive", "extension.dib");

        string sut = File.ReadAllText(script);

        Assert.Contains("#!csharp", sut, StringComparison.Ordinal);
        Assert.Contains("K8sFootprint.Interactive.FootprintFormatters.Register();", sut, StringComparison.Ordinal);
    }
}
