namespace K8sFootprint.Benchmarking.Plans;

/// <summary>A plan is malformed: a field is missing, mistyped or out of range. Nothing has run.</summary>
public sealed class BenchmarkPlanException : K8sFootprintException
{
    /// <summary>Initializes a new instance of the <see cref="BenchmarkPlanException"/> class.</summary>
    public BenchmarkPlanException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BenchmarkPlanException"/> class.</summary>
    /// <param name="message">What is wrong, naming the field and what was expected.</param>
    public BenchmarkPlanException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BenchmarkPlanException"/> class.</summary>
    /// <param name="message">What is wrong, naming the field and what was expected.</param>
    /// <param name="innerException">The cause.</param>
    public BenchmarkPlanException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the field's path in the plan, such as <c>targets[1].host.ssh.port</c>.</summary>
    public string? Field { get; init; }

    /// <summary>Creates the exception for a field.</summary>
    /// <param name="field">The field's path.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <returns>The exception.</returns>
    public static BenchmarkPlanException For(string field, string problem) =>
        new($"Plan field '{field}': {problem}") { Field = field, Step = "plan" };
}
