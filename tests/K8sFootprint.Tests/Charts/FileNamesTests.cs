using K8sFootprint.Charts.Internal;

namespace K8sFootprint.Tests.Charts;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("disk-io", "disk-io")]
    [InlineData("run-rke2 v1.32-1", "run-rke2_v1.32-1")]
    [InlineData("run-../../etc/passwd-1", "run-.._.._etc_passwd-1")]
    [InlineData("..", "chart")]
    [InlineData(".hidden", "hidden")]
    [InlineData("k3s/édge:node*", "k3s_dge_node")]
    [InlineData("", "chart")]
    public void Sanitize_Name_KeepsOnlySafeCharacters(string name, string expected)
    {
        Assert.Equal(expected, FileNames.Sanitize(name));
    }

    [Fact]
    public void Sanitize_LongName_IsCutTo100Characters()
    {
        Assert.Equal(100, FileNames.Sanitize(new string('a', 300)).Length);
    }

    [Fact]
    public void Unique_NameTakenInAnotherCase_GetsANumber()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        string[] sut = [FileNames.Unique("k3s", taken), FileNames.Unique("K3S", taken), FileNames.Unique("k3s", taken)];

        Assert.Equal(["k3s", "K3S-2", "k3s-3"], sut);
    }
}
