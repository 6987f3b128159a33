using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Knowledge.Search;

public sealed class KnowledgeOptions
{
    /// <summary>How often an instance at most asks the database whether another instance changed the knowledge base.</summary>
    public int SyncSeconds { get; set; } = 5;
}

/// <summary>Count, highest id and sum of revisions: any create, delete or content change elsewhere changes it.</summary>
public sealed record IndexStamp(int Count, int MaxId, long Revisions);

/// <summary>
/// Keeps this instance's index equal to the database: rebuilt at start-up, updated by this instance's own changes at once,
/// and rebuilt when the stamp in the database differs from the indexed one (another instance changed something),
/// checked at most every <see cref="KnowledgeOptions.SyncSeconds"/> before a search.
/// </summary>
public sealed class KnowledgeIndexSync(KnowledgeIndex index, TimeProvider clock, IOptions<KnowledgeOptions> options, ILogger<KnowledgeIndexSync> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IndexStamp? _indexed;
    private long _checkedAt;

    public KnowledgeIndex Index => index;

    public async Task EnsureCurrentAsync(AppDbContext db, CancellationToken ct)
    {
        if (_indexed is not null && clock.GetElapsedTime(Volatile.Read(ref _checkedAt)) < TimeSpan.FromSeconds(options.Value.SyncSeconds)) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (_indexed is not null && clock.GetElapsedTime(_checkedAt) < TimeSpan.FromSeconds(options.Value.SyncSeconds)) return;
            var stamp = await StampAsync(db, ct);
            if (stamp != _indexed) await RebuildAsync(db, ct);
            Volatile.Write(ref _checkedAt, clock.GetTimestamp());
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Changed(KnowledgeEntry entry) => index.Upsert(ToDocument(entry));

    public void Deleted(int id) => index.Delete(id);

    public void Dispose() => _gate.Dispose();

    private async Task RebuildAsync(AppDbContext db, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var entries = await db.KnowledgeEntries.AsNoTracking().ToListAsync(ct);
        index.Replace(entries.Select(ToDocument));
        _indexed = entries.Count == 0 ? new IndexStamp(0, 0, 0) : new IndexStamp(entries.Count, entries.Max(e => e.Id), entries.Sum(e => (long)e.Revision));
        logger.LogInformation("Knowledge index rebuilt: {Count} entries in {Elapsed:N0} ms", entries.Count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task<IndexStamp> StampAsync(AppDbContext db, CancellationToken ct)
    {
        var entries = db.KnowledgeEntries.AsNoTracking();
        var count = await entries.CountAsync(ct);
        if (count == 0) return new IndexStamp(0, 0, 0);
        return new IndexStamp(count, await entries.MaxAsync(e => e.Id, ct), await entries.SumAsync(e => (long)e.Revision, ct));
    }

    internal static KnowledgeDocument ToDocument(KnowledgeEntry e) =>
        new(e.Id, e.Question, e.Answer, e.Tags, e.DepartmentId, e.ValidUntil, e.Published);
}

/// <summary>Builds the index when the app starts, after the database was migrated and seeded.</summary>
internal sealed class KnowledgeIndexWarmup(IServiceScopeFactory scopes, KnowledgeIndexSync sync, ILogger<KnowledgeIndexWarmup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await sync.EnsureCurrentAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The first search tries again; a start-up without the index is better than no start-up.
            logger.LogError(e, "Knowledge index could not be built at start-up");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
