using System.Reflection;
using K8sFootprint.Charts;
using K8sFootprint.Interactive;
using K8sFootprint.Measurement;

namespace K8sFootprint.Tests.PublicApi;

/// <summary>The public surface of each package, compared with the approved text checked in beside this file,
/// so that no public type or member changes without a reviewer seeing it in the diff.</summary>
public sealed class PublicApiTests
{
    private static readonly Dictionary<string, Assembly> Packages = new()
    {
        ["K8sFootprint"] = typeof(Footprint).Assembly,
        ["K8sFootprint.Charts"] = typeof(ChartImage).Assembly,
        ["K8sFootprint.Interactive"] = typeof(FootprintFormatters).Assembly,
    };

    public static TheoryData<string> PackageNames => [.. Packages.Keys];

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void PublicApi_Package_MatchesApprovedText(string package)
    {
        string approvedFile = Path.Combine(
            TestFiles.Repository, "tests", "K8sFootprint.Tests", "PublicApi", $"{package}.approved.txt");

        string actual = PublicApiText.Write(Packages[package]);

        // K8SFP_UPDATE_GOLDEN=1 rewrites the approved text after a deliberate change.
        if (Environment.GetEnvironmentVariable("K8SFP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(approvedFile, actual);
        }

        string approved = File.Exists(approvedFile) ? File.ReadAllText(approvedFile).ReplaceLineEndings("\n") : "";
        Assert.True(approved == actual,
            $"The public API of {package} differs from {approvedFile} (- approved, + now):\n" +
            PublicApiDiff.Describe(approved, actual) +
            "If the change is deliberate, approve it with\n" +
            "  K8SFP_UPDATE_GOLDEN=1 dotnet test tests/K8sFootprint.Tests --filter FullyQualifiedName~PublicApi\n" +
            "and commit the rewritten file with the change.");
    }

    [Fact]
    public void Describe_MemberChanged_ListsRemovedAndAddedUnderItsType()
    {
        const string approved = "public class A.B\n  public int X { get; }\npublic class A.C\n";
        const string actual = "public class A.B\n  public long X { get; }\npublic class A.D\n";

        string diff = PublicApiDiff.Describe(approved, actual);

        Assert.Equal(
            "  public class A.B\n-   public int X { get; }\n+   public long X { get; }\n" +
            "- public class A.C\n+ public class A.D\n",
            diff);
    }
}
