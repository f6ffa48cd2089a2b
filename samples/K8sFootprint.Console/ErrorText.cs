namespace K8sFootprint.ConsoleApp;

/// <summary>An exception's message for the console: ArgumentException's "(Parameter 'x')" suffix left out, since
/// the message already names the option.</summary>
internal static class ErrorText
{
    public static string Of(Exception exception) => exception is ArgumentException { ParamName: { } name }
        ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
        : exception.Message;
}
