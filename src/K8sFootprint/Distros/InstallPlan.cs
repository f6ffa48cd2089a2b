using System.Globalization;
using System.Text;

namespace K8sFootprint.Distros;

/// <summary>The exact steps an installer runs, in order: what <c>--dry-run</c> prints and what an installation
/// executes.</summary>
/// <param name="Distro">The distribution.</param>
/// <param name="Version">The pinned version.</param>
/// <param name="Steps">The steps.</param>
public sealed record InstallPlan(DistroKind Distro, string Version, IReadOnlyList<InstallStep> Steps)
{
    /// <summary>Gets where the commands run, for the listing's header.</summary>
    /// <value>"run as root on the node".</value>
    public string RunsWhere { get; init; } = "run as root on the node";

    /// <summary>Renders the plan as a commented shell listing, one numbered step after another.</summary>
    /// <returns>The listing.</returns>
    public string Render()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {Distro} {Version}: {Steps.Count} steps, {RunsWhere}\n");
        for (int i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            text.Append(CultureInfo.InvariantCulture,
                $"\n# {i + 1}. {step.Name} (at most {step.Timeout.TotalSeconds:0} s)\n");
            if (step.SkipWhen is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"# skipped when this succeeds: {step.SkipWhen}\n");
            }

            if (step.UploadFrom is not null)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"# first upload {step.UploadFrom} -> {step.UploadTo} " +
                    $"(mode {Convert.ToString((int)step.UploadMode, 8)})\n");
            }

            text.Append(step.Command).Append('\n');
        }

        return text.ToString();
    }
}
