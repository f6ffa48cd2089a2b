using K8sFootprint.Benchmarking.Plans;
using Microsoft.Extensions.Options;

namespace K8sFootprint.DependencyInjection;

/// <summary>Checks <see cref="K8sFootprintOptions"/>; each failure names the option and quotes the bad value.</summary>
internal sealed class K8sFootprintOptionsValidator : IValidateOptions<K8sFootprintOptions>
{
    public ValidateOptionsResult Validate(string? name, K8sFootprintOptions options)
    {
        var failures = new List<string>();
        Check(failures, "K8sFootprint:Measurement", () => options.Measurement.Validate());
        Check(failures, "K8sFootprint:Runs", () => options.Runs.Validate());
        var source = options.Source;
        if (source is null)
        {
            failures.Add("K8sFootprint:Source: expected a source; got null.");
        }
        else if (source.Kind is PlanSourceKind.Prometheus or PlanSourceKind.NodeExporter
            && !PlanValidation.Web(source.Url))
        {
            failures.Add($"K8sFootprint:Source:Url: the {source.Kind} source expects an absolute http(s) address; " +
                $"got '{source.Url}'.");
        }
        else if (source.Kind == PlanSourceKind.Prometheus && string.IsNullOrWhiteSpace(source.Selector))
        {
            failures.Add($"K8sFootprint:Source:Selector: the Prometheus source expects a label selector such as " +
                $"instance=\"node1:9100\"; got '{source.Selector}'.");
        }

        if (options.HttpTimeout <= TimeSpan.Zero)
        {
            failures.Add($"K8sFootprint:HttpTimeout: expected a duration above zero; got '{options.HttpTimeout}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string section, Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            failures.Add($"{section}: {ex.Message}");
        }
    }
}
