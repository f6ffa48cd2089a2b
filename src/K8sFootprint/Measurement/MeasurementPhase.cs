namespace K8sFootprint.Measurement;

/// <summary>Where a measurement is.</summary>
public enum MeasurementPhase
{
    /// <summary>Waiting for the node to settle before the window.</summary>
    Settling,

    /// <summary>Starting the source on the node.</summary>
    Starting,

    /// <summary>Inside the window; nothing talks to the node.</summary>
    Recording,

    /// <summary>Reading the recording back and computing the footprint.</summary>
    Collecting,

    /// <summary>Finished.</summary>
    Done,

    /// <summary>Waiting between two runs.</summary>
    Pausing,
}
