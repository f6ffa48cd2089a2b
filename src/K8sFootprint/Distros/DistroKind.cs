namespace K8sFootprint.Distros;

/// <summary>The seven Kubernetes options this library installs and measures.</summary>
public enum DistroKind
{
    /// <summary>Upstream kubeadm with containerd and Flannel on Ubuntu.</summary>
    Kubeadm,

    /// <summary>Talos Linux, driven through its API.</summary>
    Talos,

    /// <summary>K3s as a server with embedded etcd (<c>--cluster-init</c>).</summary>
    K3s,

    /// <summary>K0s as a controller with a worker, on etcd.</summary>
    K0s,

    /// <summary>Kairos with k3s and embedded etcd.</summary>
    Kairos,

    /// <summary>RKE2 as a server (embedded etcd).</summary>
    Rke2,

    /// <summary>Canonical Kubernetes, the <c>k8s</c> snap.</summary>
    CanonicalKubernetes,
}
