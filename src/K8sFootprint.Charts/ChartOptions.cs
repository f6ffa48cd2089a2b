namespace K8sFootprint.Charts;

/// <summary>How large to draw a chart.</summary>
public sealed record ChartOptions
{
    /// <summary>The smallest width or height accepted, in pixels.</summary>
    public const int MinimumSize = 100;

    /// <summary>The largest width or height accepted, in pixels.</summary>
    public const int MaximumSize = 8000;

    /// <summary>Gets the image's width in pixels, from <see cref="MinimumSize"/> to
    /// <see cref="MaximumSize"/>.</summary>
    /// <value>800.</value>
    public int Width { get; init; } = 800;

    /// <summary>Gets the image's height in pixels, from <see cref="MinimumSize"/> to
    /// <see cref="MaximumSize"/>.</summary>
    /// <value>450.</value>
    public int Height { get; init; } = 450;

    /// <summary>Checks the options and throws naming the bad one and its value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Width"/> or <see cref="Height"/> is outside
    /// <see cref="MinimumSize"/> to <see cref="MaximumSize"/>.</exception>
    public void Validate()
    {
        CheckSize(Width, nameof(Width));
        CheckSize(Height, nameof(Height));
    }

    private static void CheckSize(int value, string name)
    {
        if (value is < MinimumSize or > MaximumSize)
        {
            throw new ArgumentOutOfRangeException(
                name, value, $"{name} must be from {MinimumSize} to {MaximumSize} pixels.");
        }
    }
}
