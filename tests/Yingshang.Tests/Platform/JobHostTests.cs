using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Yingshang.Web.Platform.Jobs;

namespace Yingshang.Tests.Platform;

public sealed class JobHostTests
{
    private sealed class Runs
    {
        private int _counting, _failing;
        public int Counting => Volatile.Read(ref _counting);
        public int Failing => Volatile.Read(ref _failing);
        public void Count() => Interlocked.Increment(ref _counting);
        public void Fail() => Interlocked.Increment(ref _failing);
    }

    private sealed class CountingJob(Runs runs) : IPeriodicJob
    {
        public Task RunOnceAsync(CancellationToken ct)
        {
            runs.Count();
            return Task.CompletedTask;
        }
    }

    private sealed class FailingJob(Runs runs) : IPeriodicJob
    {
        public Task RunOnceAsync(CancellationToken ct)
        {
            runs.Fail();
            throw new InvalidOperationException("job broke");
        }
    }

    [Fact]
    public async Task Jobs_run_on_their_interval_of_the_injected_clock_and_a_failing_job_keeps_its_schedule()
    {
        var clock = new FakeTimeProvider();
        var runs = new Runs();
        await using var services = new ServiceCollection().AddSingleton(runs).AddScoped<CountingJob>().AddScoped<FailingJob>().BuildServiceProvider();
        using var host = new JobHost(
            [new JobSchedule("counting", typeof(CountingJob), TimeSpan.FromMinutes(1)), new JobSchedule("failing", typeof(FailingJob), TimeSpan.FromMinutes(1))],
            services.GetRequiredService<IServiceScopeFactory>(), clock, new ConfigurationBuilder().Build(), NullLogger<JobHost>.Instance);

        await host.StartAsync(CancellationToken.None);
        runs.Counting.ShouldBe(0);
        var patience = Stopwatch.StartNew();
        while ((runs.Counting < 3 || runs.Failing < 3) && patience.Elapsed < TimeSpan.FromSeconds(30))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }
        await host.StopAsync(CancellationToken.None);

        runs.Counting.ShouldBeGreaterThanOrEqualTo(3);
        runs.Failing.ShouldBeGreaterThanOrEqualTo(3);
    }

    /// <summary>Its first run lasts its whole interval (the clock is moved on inside it), as a run working off a backlog does.</summary>
    private sealed class LongFirstRunJob(System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset> starts, FakeTimeProvider clock) : IPeriodicJob
    {
        public Task RunOnceAsync(CancellationToken ct)
        {
            starts.Enqueue(clock.GetUtcNow());
            if (starts.Count == 1) clock.Advance(TimeSpan.FromMinutes(1));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_run_that_used_up_its_interval_is_followed_at_once()
    {
        var clock = new FakeTimeProvider();
        var starts = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        await using var services = new ServiceCollection().AddSingleton(starts).AddSingleton(clock).AddScoped<LongFirstRunJob>().BuildServiceProvider();
        using var host = new JobHost([new JobSchedule("long", typeof(LongFirstRunJob), TimeSpan.FromMinutes(1))],
            services.GetRequiredService<IServiceScopeFactory>(), clock, new ConfigurationBuilder().Build(), NullLogger<JobHost>.Instance);

        await host.StartAsync(CancellationToken.None);
        var patience = Stopwatch.StartNew();
        while (starts.IsEmpty && patience.Elapsed < TimeSpan.FromSeconds(30))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }
        while (starts.Count < 2 && patience.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(20);
        await host.StopAsync(CancellationToken.None);

        // The second run started when the first ended, not an interval later.
        var times = starts.ToArray();
        times.Length.ShouldBeGreaterThanOrEqualTo(2);
        (times[1] - times[0]).ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Jobs_can_be_switched_off()
    {
        var clock = new FakeTimeProvider();
        var runs = new Runs();
        await using var services = new ServiceCollection().AddSingleton(runs).AddScoped<CountingJob>().BuildServiceProvider();
        var off = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" }).Build();
        using var host = new JobHost([new JobSchedule("counting", typeof(CountingJob), TimeSpan.FromMinutes(1))],
            services.GetRequiredService<IServiceScopeFactory>(), clock, off, NullLogger<JobHost>.Instance);

        await host.StartAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));
        await host.StopAsync(CancellationToken.None);
        runs.Counting.ShouldBe(0);
    }
}
