namespace K8sFootprint.Distros.Talos;

/// <summary>What a Talos reset wipes.</summary>
public enum TalosWipeScope
{
    /// <summary>The whole system disk (Talos' default): the VM must boot the ISO again afterwards.</summary>
    SystemDisk,

    /// <summary>Only the STATE and EPHEMERAL partitions, as the Talos documentation suggests for cloud VMs.</summary>
    SystemPartitions,
}
