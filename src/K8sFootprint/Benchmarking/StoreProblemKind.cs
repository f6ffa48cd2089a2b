namespace K8sFootprint.Benchmarking;

/// <summary>Why a line of a result store was skipped.</summary>
public enum StoreProblemKind
{
    /// <summary>The last line has no line end: an append was cut short, and its run never finished storing.</summary>
    TornLine,

    /// <summary>A line is not a run record.</summary>
    Unreadable,

    /// <summary>A line has a schema version this library does not read.</summary>
    UnsupportedSchema,

    /// <summary>A line repeats a target and run number already stored; the first one counts.</summary>
    Duplicate,
}
