namespace K8sFootprint.Statistics;

/// <summary>How a gauge is taken to behave between two samples.</summary>
public enum GaugeInterpolation
{
    /// <summary>Straight line between samples: the trapezoid rule (the default).</summary>
    Linear,

    /// <summary>The earlier sample's value holds until the next sample (last observation carried forward).</summary>
    PreviousValue,
}
