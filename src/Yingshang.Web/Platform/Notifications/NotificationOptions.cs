namespace Yingshang.Web.Platform.Notifications;

/// <summary>The <c>Notifications</c> configuration section; defaults are documented in this folder's README.</summary>
public sealed class NotificationOptions
{
    /// <summary><c>Log</c> (default) or <c>Webhook</c>.</summary>
    public string Sender { get; set; } = "Log";

    internal bool UsesLog => string.Equals(Sender, "Log", StringComparison.OrdinalIgnoreCase);

    internal bool UsesWebhook => string.Equals(Sender, "Webhook", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the logging sender writes one-time links whole. Off by default: whoever reads the log could rate in the
    /// requester's place. The Development profile turns it on, so a demo user can follow a rating link from the log.
    /// </summary>
    public bool LogLinks { get; set; }

    public int PollSeconds { get; set; } = 15;

    public int BatchSize { get; set; } = 10;

    /// <summary>Messages of a batch being sent at once.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>The longest a batch can take with the webhook: its sends in rounds of <see cref="Parallelism"/>, each up to the timeout.</summary>
    internal long WorstBatchSeconds => (long)((BatchSize + Parallelism - 1) / Parallelism) * Webhook.TimeoutSeconds;

    /// <summary>How long a claim lasts; must exceed a batch's worst-case sending time, or a slow batch is sent twice.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Attempts before a message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    public WebhookOptions Webhook { get; set; } = new();
}

public sealed class WebhookOptions
{
    public Uri? Url { get; set; }

    public int TimeoutSeconds { get; set; } = 10;
}
