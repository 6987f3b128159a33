namespace Yingshang.Web.Platform.Jobs;

/// <summary>
/// Runs every registered <see cref="IPeriodicJob"/> on its interval, measured on the injected <see cref="TimeProvider"/>.
/// A failing run is logged and the job runs again at its next tick: a job never stops the app.
/// </summary>
internal sealed class JobHost(
    IEnumerable<JobSchedule> schedules, IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<JobHost> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            logger.LogInformation("Background jobs are disabled (Jobs:Enabled=false)");
            return Task.CompletedTask;
        }
        return Task.WhenAll(schedules.Select(s => Task.Run(() => LoopAsync(s, stoppingToken), CancellationToken.None)));
    }

    private async Task LoopAsync(JobSchedule schedule, CancellationToken stoppingToken)
    {
        var wait = schedule.Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var started = clock.GetUtcNow();
            await RunAsync(schedule, stoppingToken);
            // From start to start: a run that used up its interval (a backlog being worked off) is followed at once,
            // not after a whole interval of doing nothing.
            wait = schedule.Interval - (clock.GetUtcNow() - started);
        }
    }

    /// <summary>One run in its own scope (its own DbContext, acting as "system").</summary>
    internal async Task RunAsync(JobSchedule schedule, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = (IPeriodicJob)scope.ServiceProvider.GetRequiredService(schedule.JobType);
            await job.RunOnceAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping; unfinished claims expire with their lease and another instance takes them.
        }
#pragma warning disable CA1031 // A job's failure of any kind must not take the app down; it is logged and retried.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Background job {Job} failed; it runs again in {Interval}", schedule.Name, schedule.Interval);
        }
    }
}
