using K8sFootprint.Charts;

namespace K8sFootprint.Tests.Charts;

public sealed class ChartOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreAccepted()
    {
        var sut = new ChartOptions();

        sut.Validate();

        Assert.Equal((800, 450), (sut.Width, sut.Height));
    }

    [Theory]
    [InlineData(99, 450, "Width", 99)]
    [InlineData(8001, 450, "Width", 8001)]
    [InlineData(800, 0, "Height", 0)]
    [InlineData(800, -5, "Height", -5)]
    public void Validate_SizeOutOfRange_ThrowsNamingTheOptionAndValue(int width, int height, string name, int bad)
    {
        var sut = new ChartOptions { Width = width, Height = height };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(sut.Validate);

        Assert.Equal(name, ex.ParamName);
        Assert.Equal(bad, ex.ActualValue);
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        Assert.Contains(bad.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(8000)]
    public void Validate_SizeAtEitherLimit_IsAccepted(int size)
    {
        var sut = new ChartOptions { Width = size, Height = size };

        sut.Validate();
    }
}
