namespace K8sFootprint.Measurement;

/// <summary>What kind of traffic an interface carries, for the three separate network figures.</summary>
public enum InterfaceClass
{
    /// <summary>A physical interface (or one selected by name): what crosses the wire.</summary>
    External,

    /// <summary>The loopback interface, where a single node's control-plane chatter flows.</summary>
    Loopback,

    /// <summary>A pod, bridge or tunnel interface; its bytes repeat what crossed loopback or the wire.</summary>
    Pod,

    /// <summary>Any other virtual interface; listed, never counted.</summary>
    Other,
}
