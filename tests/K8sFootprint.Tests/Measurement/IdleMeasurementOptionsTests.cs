using K8sFootprint.Measurement;

namespace K8sFootprint.Tests.Measurement;

public sealed class IdleMeasurementOptionsTests
{
    [Fact]
    public void Defaults_AreOneHourWindowFifteenSecondIntervalTenMinuteSettle()
    {
        var sut = new IdleMeasurementOptions();

        Assert.Equal(TimeSpan.FromHours(1), sut.Window);
        Assert.Equal(TimeSpan.FromSeconds(15), sut.Interval);
        Assert.Equal(TimeSpan.FromMinutes(10), sut.Settle);
        sut.Validate();
    }

    [Theory]
    [InlineData(10, 15, 0, "Window")]
    [InlineData(29, 15, 0, "Window")]
    [InlineData(60, 0.5, 0, "Interval")]
    [InlineData(60, 15, -1, "Settle")]
    public void Validate_OutOfRange_NamesTheOptionAndValue(double window, double interval, double settle, string name)
    {
        var sut = new IdleMeasurementOptions
        {
            Window = TimeSpan.FromSeconds(window),
            Interval = TimeSpan.FromSeconds(interval),
            Settle = TimeSpan.FromSeconds(settle),
        };

        var ex = Assert.Throws<ArgumentException>(sut.Validate);

        Assert.Equal(name, ex.ParamName);
        Assert.StartsWith(name, ex.Message, StringComparison.Ordinal);
    }
}
