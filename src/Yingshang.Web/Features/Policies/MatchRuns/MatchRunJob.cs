using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.MatchRuns;

/// <summary>
/// Runs on every instance (Platform/Jobs): claims one queued run, or a running one whose lease expired because its
/// instance stopped, through <see cref="LeaseClaims"/>, so exactly one instance works on a run at a time.
/// </summary>
internal sealed class MatchRunJob(AppDbContext db, JobInstance instance, MatchRunExecutor executor, TimeProvider clock,
    IConfiguration configuration, ILogger<MatchRunJob> logger) : IPeriodicJob
{
    public async Task RunOnceAsync(CancellationToken ct)
    {
        var leaseFor = TimeSpan.FromSeconds(configuration.GetValue("Policies:MatchRunLeaseSeconds", 300));
        var lease = instance.NewLease(clock, leaseFor);
        var runs = db.Set<MatchRun>().Where(r => r.Status == MatchRunStatus.Queued || r.Status == MatchRunStatus.Running);
        if (await runs.ClaimAsync(1, lease, s => s.SetProperty(r => r.Status, MatchRunStatus.Running), ct) == 0) return;
        var id = await db.Set<MatchRun>().HeldBy(lease).Select(r => r.Id).SingleAsync(ct);
        try
        {
            await executor.ExecuteAsync(id, lease, leaseFor, ct);
            logger.LogInformation("Match run {Run} completed", id);
        }
        catch (LeaseLostException)
        {
            logger.LogWarning("Match run {Run}: the claim expired and another instance took it over", id);
        }
        catch (Exception e) when (e is not OperationCanceledException && !Platform.Errors.DatabaseUnavailable.Is(e))
        {
            // A run that cannot finish (a rule the engine refuses, data it cannot hold) is failed and visible;
            // an unreachable database is not a failure of the run: its lease expires and it is retried.
            logger.LogError(e, "Match run {Run} failed", id);
            db.ChangeTracker.Clear();
            var message = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            await db.Set<MatchRun>().Where(r => r.Id == id && r.LeaseHolder == lease.Token).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, MatchRunStatus.Failed).SetProperty(r => r.Error, message)
                .SetProperty(r => r.FinishedAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(r => r.LeaseHolder, (string?)null).SetProperty(r => r.LeaseUntil, (DateTime?)null), CancellationToken.None);
        }
    }
}
