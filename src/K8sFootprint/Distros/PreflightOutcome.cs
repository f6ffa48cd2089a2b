namespace K8sFootprint.Distros;

/// <summary>The result of one preflight check.</summary>
public enum PreflightOutcome
{
    /// <summary>The host meets the requirement.</summary>
    Pass,

    /// <summary>The install can go on, but the result may differ from a clean, sized host.</summary>
    Warn,

    /// <summary>The install would fail or give a wrong product.</summary>
    Fail,
}
