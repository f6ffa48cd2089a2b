using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using K8sFootprint.Nodes.Ssh;
using Spectre.Console;

namespace K8sFootprint.ConsoleApp;

/// <summary>The options that point <c>measure</c> at a remote host over SSH. Secrets come from environment
/// variables or a prompt, never from a plain argument.</summary>
internal static partial class SshTargetOptions
{
    public static readonly Option<string?> Target = new("--ssh")
    {
        Description = "Measure a remote host over SSH instead of this machine: user@host[:port].",
        HelpName = "USER@HOST[:PORT]",
    };

    public static readonly Option<FileInfo?> Identity = new("--identity", "-i")
    {
        Description = "Private key file for --ssh.",
        HelpName = "FILE",
    };

    public static readonly Option<string?> PassphraseEnv = new("--passphrase-env")
    {
        Description = "Name of the environment variable that holds the key's passphrase.",
        HelpName = "NAME",
    };

    public static readonly Option<string?> PasswordEnv = new("--password-env")
    {
        Description = "Name of the environment variable that holds the SSH (and sudo) password.",
        HelpName = "NAME",
    };

    public static readonly Option<string?> SudoPasswordEnv = new("--sudo-password-env")
    {
        Description = "Name of the environment variable that holds the sudo password, when it differs from the SSH " +
            "password or the login is by key.",
        HelpName = "NAME",
    };

    public static readonly Option<bool> AskPassword = new("--ask-password")
    {
        Description = "Prompt for the SSH (and sudo) password.",
    };

    public static readonly Option<FileInfo?> KnownHosts = new("--known-hosts")
    {
        Description = "Trust the host keys an OpenSSH known_hosts file lists (hashed entries included).",
        HelpName = "FILE",
    };

    public static readonly Option<string[]> HostKey = new("--host-key")
    {
        Description = "Trust this host-key fingerprint, as ssh-keygen -lf prints it (SHA256:…); repeatable.",
        HelpName = "SHA256:FINGERPRINT",
    };

    public static readonly Option<bool> TrustOnFirstUse = new("--trust-on-first-use")
    {
        Description = "Accept the host key the host presents and print its fingerprint. Only on a trusted network.",
    };

    public static IEnumerable<Option> All =>
        [Target, Identity, PassphraseEnv, PasswordEnv, SudoPasswordEnv, AskPassword, KnownHosts, HostKey,
            TrustOnFirstUse];

    /// <summary>Builds the SSH options, or returns <see langword="null"/> when no --ssh target was given.</summary>
    /// <exception cref="ArgumentException">An option is missing or malformed; the message names it.</exception>
    public static SshNodeOptions? Create(ParseResult parse)
    {
        string? target = parse.GetValue(Target);
        if (target is null)
        {
            var stray = All.Skip(1).FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
            return stray is null
                ? null
                : throw new ArgumentException($"Option '{stray.Name}' only applies together with '--ssh USER@HOST'.");
        }

        var match = UserAtHost().Match(target);
        if (!match.Success)
        {
            throw new ArgumentException($"Option '--ssh' expects user@host or user@host:port; got '{target}'.");
        }

        int port = match.Groups["port"].Success
            ? int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture)
            : 22;
        return new SshNodeOptions
        {
            Host = match.Groups["host"].Value.Trim('[', ']'),
            Port = port,
            User = match.Groups["user"].Value,
            Credentials = Credentials(parse),
            HostKeys = HostKeys(parse),
            SudoPassword = Secret(parse.GetValue(SudoPasswordEnv), "--sudo-password-env"),
        };
    }

    private static SshCredentials Credentials(ParseResult parse)
    {
        var identity = parse.GetValue(Identity);
        if (identity is not null && (parse.GetValue(PasswordEnv) is not null || parse.GetValue(AskPassword)))
        {
            throw new ArgumentException(
                "Options '--identity' and '--password-env'/'--ask-password' exclude each other; for sudo with a key " +
                "login use '--sudo-password-env NAME'.");
        }

        if (identity is not null)
        {
            return SshCredentials.FromPrivateKeyFile(identity.FullName,
                Secret(parse.GetValue(PassphraseEnv), "--passphrase-env"));
        }

        string? password = Secret(parse.GetValue(PasswordEnv), "--password-env");
        if (password is null && parse.GetValue(AskPassword))
        {
            if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsInputRedirected)
            {
                throw new ArgumentException(
                    "Option '--ask-password' needs an interactive terminal; use '--password-env NAME' instead.");
            }

            password = AnsiConsole.Prompt(new TextPrompt<string>("SSH password:").Secret());
        }

        return password is not null
            ? SshCredentials.FromPassword(password)
            : throw new ArgumentException(
                "Option '--ssh' needs '--identity FILE', '--password-env NAME' or '--ask-password'.");
    }

    private static HostKeyPolicy HostKeys(ParseResult parse)
    {
        var knownHosts = parse.GetValue(KnownHosts);
        string[] pinned = parse.GetValue(HostKey) ?? [];
        bool tofu = parse.GetValue(TrustOnFirstUse);
        int chosen = (knownHosts is null ? 0 : 1) + (pinned.Length == 0 ? 0 : 1) + (tofu ? 1 : 0);
        if (chosen != 1)
        {
            throw new ArgumentException(
                "Option '--ssh' needs exactly one of '--known-hosts FILE', '--host-key SHA256:…' " +
                "or '--trust-on-first-use'; " +
                $"got {chosen}.");
        }

        if (knownHosts is not null)
        {
            return HostKeyPolicy.KnownHosts(knownHosts.FullName);
        }

        return pinned.Length > 0 ? HostKeyPolicy.Pinned(pinned) : HostKeyPolicy.TrustOnFirstUse();
    }

    private static string? Secret(string? variable, string option)
    {
        if (variable is null)
        {
            return null;
        }

        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new ArgumentException(
                $"Option '{option}' names the environment variable '{variable}', which is not set.");
    }

    [GeneratedRegex(@"^(?<user>[^@\s:]+)@(?<host>\[[^\]]+\]|[^:@\s\[\]]+)(?::(?<port>\d{1,5}))?$")]
    private static partial Regex UserAtHost();
}
