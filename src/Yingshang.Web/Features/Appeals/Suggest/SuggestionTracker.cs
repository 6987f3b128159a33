using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>Records, in the step's own transaction, whether a dispatch took the suggestion and whether it came back.</summary>
public sealed class SuggestionTracker(AppDbContext db, DispatchAdvisor advisor, ILogger<SuggestionTracker> logger)
{
    public async Task DispatchedAsync(Appeal appeal, int chosenDepartmentId, DateTime at, CancellationToken ct)
    {
        (int DepartmentId, double Confidence)? top;
        try
        {
            top = await advisor.TopAsync(appeal.Content, appeal.RegionId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The statistics lose one dispatch; the dispatch itself must not fail because the model could not be trained.
            logger.LogError(e, "No dispatch suggestion for appeal {Id}", appeal.Id);
            return;
        }
        if (top is { } t) db.Add(new DispatchSuggestionRecord(appeal.Id, t.DepartmentId, t.Confidence, chosenDepartmentId, at));
    }

    /// <summary>An approved return counts against the latest dispatch of the appeal.</summary>
    public async Task ReturnedAsync(int appealId, CancellationToken ct)
    {
        var latest = await db.Set<DispatchSuggestionRecord>().Where(r => r.AppealId == appealId)
            .OrderByDescending(r => r.DispatchedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        latest?.MarkReturned();
    }
}
