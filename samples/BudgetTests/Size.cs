namespace BudgetTests;

/// <summary>Binary byte multiples for writing budgets: <c>512 * MiB</c>, <c>10 * GiB</c>.</summary>
public static class Size
{
    /// <summary>1024 bytes.</summary>
    public const double KiB = 1024;

    /// <summary>1024 KiB.</summary>
    public const double MiB = 1024 * KiB;

    /// <summary>1024 MiB.</summary>
    public const double GiB = 1024 * MiB;
}
