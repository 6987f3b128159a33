namespace Yingshang.Web.Platform.Jobs;

/// <summary>
/// Work that <see cref="JobHost"/> runs on every instance at a fixed interval, in a scope of its own.
/// A run must be safe when other instances run the same job at the same moment: claim work through
/// <see cref="LeaseClaims"/> (or an equally atomic conditional update) instead of reading and then writing.
/// </summary>
public interface IPeriodicJob
{
    /// <summary>Does the work that is due now and returns; tests call it directly.</summary>
    Task RunOnceAsync(CancellationToken ct);
}

/// <summary>One registered job: its type (resolved from a fresh scope per run) and how often it runs.</summary>
public sealed record JobSchedule(string Name, Type JobType, TimeSpan Interval);
