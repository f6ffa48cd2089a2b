namespace K8sFootprint.Sources.Proc;

/// <summary>One line of <c>/proc/self/mountinfo</c>, with octal escapes in paths decoded.</summary>
internal sealed record MountInfoEntry(
    int MountId, int ParentId, string MajorMinor, string Root, string MountPoint, string FsType, string Source);
