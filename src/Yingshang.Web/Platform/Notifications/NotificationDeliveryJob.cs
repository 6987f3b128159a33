using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Notifications;

/// <summary>
/// Claims due messages in small batches (see <see cref="LeaseClaims"/>), sends each through the configured
/// <see cref="INotificationSender"/> and records the outcome — only while it still holds the claim.
/// </summary>
internal sealed class NotificationDeliveryJob(
    AppDbContext db, INotificationSender sender, JobInstance instance, TimeProvider clock,
    IOptions<NotificationOptions> options, ILogger<NotificationDeliveryJob> logger) : IPeriodicJob
{
    /// <summary>
    /// Delivers batch after batch while messages are due, for at most one poll interval: a backlog drains at the sender's
    /// pace instead of a fixed number of batches per interval, and one run still ends while producers keep adding.
    /// </summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        var until = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (await DeliverBatchAsync(ct) > 0 && clock.GetUtcNow() < until)
        {
        }
    }

    private async Task<int> DeliverBatchAsync(CancellationToken ct)
    {
        var o = options.Value;
        var lease = instance.NewLease(clock, TimeSpan.FromSeconds(o.LeaseSeconds));
        var now = lease.Now;
        // A message left "sending" is one whose claimer stopped before recording the outcome; it is free once the lease ends.
        var claimed = await db.Outbox
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || m.Status == OutboxStatus.Sending)
            .ClaimAsync(o.BatchSize, lease, s => s.SetProperty(m => m.Status, OutboxStatus.Sending), ct);
        if (claimed == 0) return 0;
        var messages = await db.Outbox.AsNoTracking().HeldBy(lease).OrderBy(m => m.Id).ToListAsync(ct);
        // A gateway answers in tens of milliseconds or more: one at a time, that alone would cap an instance at a few
        // dozen messages a second. The outcomes are written afterwards, one after the other (the context is not shared).
        var outcomes = new Outcome[messages.Count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, messages.Count),
                new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = ct },
                async (i, token) => outcomes[i] = new Outcome(await TrySendAsync(messages[i], token)));
        }
        finally
        {
            for (var i = 0; i < messages.Count; i++)
            {
                if (outcomes[i] is { Error: { } error }) await RecordFailureAsync(messages[i], error, lease, o.MaxAttempts);
            }
            // The batch's successes in one statement, also when sending was cancelled midway (shutdown); a crash before
            // this line sends them again once the claim ends (the webhook's Idempotency-Key lets the gateway drop repeats).
            var sent = messages.Where((_, i) => outcomes[i] is { Error: null }).Select(m => m.Id).ToList();
            if (sent.Count > 0) await RecordSentAsync(sent, lease);
        }
        return messages.Count;
    }

    /// <summary>A message that was tried: <paramref name="Error"/> is null when it was sent.</summary>
    private sealed record Outcome(string? Error);

    private async Task RecordSentAsync(List<int> ids, Lease lease)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = await db.Outbox.Where(m => ids.Contains(m.Id)).HeldBy(lease).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.LeaseHolder, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null)
            .SetProperty(m => m.UpdatedAt, now)
            .SetProperty(m => m.UpdatedBy, "system")
            .SetProperty(m => m.Version, m => m.Version + 1), CancellationToken.None);
        if (recorded < ids.Count)
            logger.LogWarning("{Missing} of {Count} notifications sent: the claim expired before the outcome was recorded; raise Notifications:LeaseSeconds",
                ids.Count - recorded, ids.Count);
    }

    private async Task RecordFailureAsync(OutboxMessage message, string error, Lease lease, int maxAttempts)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts + 1;
        var next = RetrySchedule.NextAttempt(attempts, maxAttempts, now);
        var status = next is null ? OutboxStatus.Failed : OutboxStatus.Pending;
        var recorded = await db.Outbox.Where(m => m.Id == message.Id).HeldBy(lease).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next ?? message.NextAttemptAt)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseHolder, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null)
            .SetProperty(m => m.UpdatedAt, now)
            .SetProperty(m => m.UpdatedBy, "system")
            .SetProperty(m => m.Version, m => m.Version + 1), CancellationToken.None);
        if (recorded == 0)
            logger.LogWarning("Notification {MessageId}: the claim expired before its outcome was recorded; raise Notifications:LeaseSeconds", message.Id);
        else if (status == OutboxStatus.Failed)
            logger.LogError("Notification {MessageId} to {Recipient} failed after {Attempts} attempts: {Error}",
                message.Id, PhoneMask.Mask(message.Recipient), attempts, error);
        else
            logger.LogWarning("Notification {MessageId} to {Recipient}: attempt {Attempts} failed ({Error}); next at {Next:o}",
                message.Id, PhoneMask.Mask(message.Recipient), attempts, error, next);
    }

    private async Task<string?> TrySendAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(message, ct);
            return null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever the sender throws is a failed attempt of this message, not of the batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var text = e is NotificationDeliveryException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            return OutboxMessage.Cut(PhoneMask.Mask(text), OutboxMessage.ErrorMax);
        }
    }
}
