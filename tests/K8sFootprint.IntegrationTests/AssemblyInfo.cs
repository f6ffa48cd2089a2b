using System.Runtime.Versioning;

[assembly: SupportedOSPlatform("linux")]

[assembly: CollectionBehavior(DisableTestParallelization = true)]
