using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Notify;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Escalation;

/// <summary>
/// Raises the escalation ladder (提醒 → 催办 → 督办) on every instance every minute. Each step is claimed with one
/// conditional UPDATE that sets its marker only where it is still empty and the appeal still qualifies; only the instance
/// whose UPDATE changed the row writes the history entry and queues the message, in the same transaction
/// (Platform/Jobs/README.md, "One-off steps"). Rules: README.md, "Escalation".
/// </summary>
public sealed class AppealEscalationJob(
    AppDbContext db, TimeProvider clock, WorkCalendarProvider calendars, AppealMessages messages, ILogger<AppealEscalationJob> logger)
    : IPeriodicJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Candidates per step and run; the rest wait for the next run.</summary>
    public const int Batch = 500;

    public async Task RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await calendars.GetAsync(ct);
        // In ladder order: a step needs the one before it, so one run can climb several steps of a late appeal.
        foreach (var id in await CandidatesAsync(Appeal.DueForReminder(now), a => a.WarnAt, ct))
            await RaiseAsync(id, EscalationLevel.Reminded, Appeal.DueForReminder(now), now, calendar, ct);
        foreach (var id in await CandidatesAsync(Appeal.DueForUrging(now), a => a.NextDueAt, ct))
            await RaiseAsync(id, EscalationLevel.Urged, Appeal.DueForUrging(now), now, calendar, ct);

        var late = await db.Appeals.AsNoTracking().Where(Appeal.MayNeedSupervision(now)).OrderBy(a => a.NextDueAt)
            .Select(a => new { a.Id, Due = a.NextDueAt!.Value }).Take(Batch).ToListAsync(ct);
        foreach (var candidate in late)
        {
            if (!ThreeWorkingDaysLate(candidate.Id, candidate.Due, now, calendar)) continue;
            var due = candidate.Due;
            await RaiseAsync(candidate.Id, EscalationLevel.Supervised, Appeal.MayNeedSupervision(now), now, calendar, ct,
                a => a.NextDueAt == due);
        }
    }

    private Task<List<int>> CandidatesAsync(Expression<Func<Appeal, bool>> due, Expression<Func<Appeal, DateTime?>> order, CancellationToken ct) =>
        db.Appeals.AsNoTracking().Where(due).OrderBy(order).Select(a => a.Id).Take(Batch).ToListAsync(ct);

    private bool ThreeWorkingDaysLate(int id, DateTime due, DateTime now, WorkCalendar calendar)
    {
        try
        {
            return now > Appeal.SupervisionPoint(due, calendar).UtcDateTime;
        }
        catch (BusinessRuleException e) when (e.Code == WorkCalendar.YearMissing)
        {
            // Never guess working days: the step waits until an Admin publishes the year.
            logger.LogWarning("Appeal {AppealId} cannot be checked for supervision: {Reason}", id, e.Message);
            return false;
        }
    }

    private async Task RaiseAsync(int id, EscalationLevel level, Expression<Func<Appeal, bool>> stillDue, DateTime now,
        WorkCalendar calendar, CancellationToken ct, Expression<Func<Appeal, bool>>? sameDeadline = null)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var row = db.Appeals.Where(a => a.Id == id).Where(stillDue);
            if (sameDeadline is not null) row = row.Where(sameDeadline);
            var claimed = await row.ExecuteUpdateAsync(s =>
            {
                Mark(s, level, now);
                // A concurrent user step read the row before this change: its save must fail, not undo the marker.
                s.SetProperty(a => a.Version, a => a.Version + 1);
                s.SetProperty(a => a.UpdatedAt, now);
                s.SetProperty(a => a.UpdatedBy, "system");
            }, ct);
            if (claimed == 0) return; // another instance raised it first, or the appeal moved on meanwhile

            var appeal = await db.Appeals.FirstAsync(a => a.Id == id, ct);
            var detail = Detail(appeal, level);
            appeal.RecordEscalation(level, new AppealContext("system", "系统", clock.GetUtcNow(), calendar), detail);
            await messages.EscalatedAsync(appeal, level, detail, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static void Mark(Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Appeal> s, EscalationLevel level, DateTime now)
    {
        if (level == EscalationLevel.Reminded) s.SetProperty(a => a.RemindedAt, now);
        else if (level == EscalationLevel.Urged) s.SetProperty(a => a.UrgedAt, now);
        else s.SetProperty(a => a.SupervisedAt, now);
    }

    private static string Detail(Appeal appeal, EscalationLevel level)
    {
        if (appeal.FirstRunningClock() is not { } first) return level.Title();
        var (clockName, due) = first;
        var at = AppealMessages.Local(due);
        return level switch
        {
            EscalationLevel.Reminded => $"{clockName}期限 {at} 即将到期（已用时 75%）",
            EscalationLevel.Urged => $"{clockName}已超过期限 {at}",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{clockName}超过期限 {at} 已满 {Appeal.SupervisionWorkingDays} 个工作日，列入督办"),
        };
    }
}
