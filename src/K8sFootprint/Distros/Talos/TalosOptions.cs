namespace K8sFootprint.Distros.Talos;

/// <summary>How the Talos installer reaches a node and what single-node cluster it makes.</summary>
public sealed record TalosOptions
{
    /// <summary>Gets the talosctl executable on the controller; its version must match the installer image's
    /// minor version.</summary>
    /// <value><c>talosctl</c> on the PATH.</value>
    public string Talosctl { get; init; } = "talosctl";

    /// <summary>Gets the kubectl executable on the controller (Talos has none on the node).</summary>
    /// <value><c>kubectl</c> on the PATH.</value>
    public string Kubectl { get; init; } = "kubectl";

    /// <summary>Gets the folder on the controller where the generated machine configuration, talosconfig and
    /// kubeconfig are written, owner-only. They hold the cluster's secrets; nothing else writes or logs
    /// them.</summary>
    public required string SecretsDirectory { get; init; }

    /// <summary>Gets the disk to install to, for example <c>/dev/vda</c>; the first writable disk the node
    /// reports when <see langword="null"/>.</summary>
    public string? InstallDisk { get; init; }

    /// <summary>Gets the cluster's name.</summary>
    /// <value><c>k8sfootprint</c>.</value>
    public string ClusterName { get; init; } = "k8sfootprint";

    /// <summary>Gets a value indicating whether cluster discovery (the public discovery service by default) stays
    /// on, as in Talos' default configuration.</summary>
    /// <value><see langword="true"/>.</value>
    public bool ClusterDiscovery { get; init; } = true;

    /// <summary>Gets further machine-configuration patches (inline JSON or YAML, or <c>@file</c>), passed to
    /// <c>talosctl gen config --config-patch</c>: for example registry mirrors or an image cache for an air-gapped
    /// lab, as the Talos documentation describes.</summary>
    public IReadOnlyList<string> ConfigPatches { get; init; } = [];

    /// <summary>Gets what a reset wipes.</summary>
    public TalosWipeScope WipeScope { get; init; } = TalosWipeScope.SystemDisk;

    /// <summary>Gets how long to wait for the installed system's API after applying the configuration.</summary>
    /// <value>15 minutes.</value>
    public TimeSpan InstallTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets how long to keep retrying the bootstrap.</summary>
    /// <value>10 minutes.</value>
    public TimeSpan BootstrapTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets how long <c>talosctl health</c> may wait.</summary>
    /// <value>15 minutes.</value>
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets the pause between polls and retries.</summary>
    /// <value>5 seconds.</value>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
}
