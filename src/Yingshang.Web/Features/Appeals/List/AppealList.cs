using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.List;

/// <summary>The list filters (API query string and the filter bar); dates are Beijing dates of receipt, inclusive.</summary>
public sealed record AppealFilter(
    string? Status = null, string? Department = null, string? County = null, string? Type = null, bool? Overdue = null,
    DateOnly? From = null, DateOnly? To = null, string? Q = null, string? Escalation = null, string? Enterprise = null,
    string? Extension = null);

public sealed record AppealListItem(
    int Id, string Number, string Status, string StatusTitle, string Type, string Urgency, string? Department, string? DepartmentCode,
    string County, string ReceivedAt, string Summary, string? CloseDue, bool Overdue, string SlaState, string SlaCss,
    string? Escalation, string? EscalationTitle, int ReturnCount = 0);

/// <summary>Lists appeals within the caller's scope (the global filter) with the filters of the list page.</summary>
public sealed class AppealList(AppDbContext db, TimeProvider clock, Privacy.RequesterPrivacy privacy)
{
    private sealed record Row(
        int Id, string Number, AppealStatus Status, AppealType Type, AppealUrgency Urgency, string Content, DateTime ReceivedAt,
        SlaSnapshot Sla, string? Department, string? DepartmentCode, string County, DateTime? RemindedAt, DateTime? UrgedAt,
        DateTime? SupervisedAt, int ReturnCount);

    public async Task<PagedResult<AppealListItem>> PageAsync(AppealFilter filter, PageRequest page, CancellationToken ct) =>
        await PageAsync(filter, page, ignoreScope: false, ct);

    /// <summary><paramref name="ignoreScope"/>: for a 企业用户, whose own appeals (filter <c>Enterprise</c>) no department scope covers.</summary>
    public async Task<PagedResult<AppealListItem>> PageAsync(AppealFilter filter, PageRequest page, bool ignoreScope, CancellationToken ct)
    {
        if (ignoreScope && string.IsNullOrWhiteSpace(filter.Enterprise)) throw new InvalidOperationException("An unscoped list must name its enterprise.");
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (await QueryAsync(filter, now, ct, ignoreScope)).ToPageAsync(page, ct);
        return new PagedResult<AppealListItem>([.. rows.Items.Select(r => Item(r, now))], rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>How many the list would show with this filter, within the caller's scope (the 工作台's to-do counts).</summary>
    public async Task<int> CountAsync(AppealFilter filter, CancellationToken ct) =>
        await (await QueryAsync(filter, clock.GetUtcNow().UtcDateTime, ct)).CountAsync(ct);

    public async Task<IReadOnlyList<AppealListItem>> AllAsync(AppealFilter filter, int max, CancellationToken ct, bool ignoreScope = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. (await (await QueryAsync(filter, now, ct, ignoreScope)).Take(max).ToListAsync(ct)).Select(r => Item(r, now))];
    }

    private async Task<IQueryable<Row>> QueryAsync(AppealFilter f, DateTime now, CancellationToken ct, bool ignoreScope = false)
    {
        // Unscoped reading is only for an enterprise's own list: without its USCC it would read every appeal.
        if (ignoreScope && string.IsNullOrWhiteSpace(f.Enterprise))
            throw new InvalidOperationException("An unscoped appeal list needs the enterprise it belongs to.");
        var query = ignoreScope ? db.Appeals.IgnoreQueryFilters().AsNoTracking() : db.Appeals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Enterprise))
        {
            var uscc = f.Enterprise.Trim().ToUpperInvariant();
            // Unscoped is the enterprise's own list, which holds only what it raised itself.
            query = query.Where(ignoreScope ? Appeal.RaisedBy(uscc) : a => a.EnterpriseUscc == uscc);
        }
        if (!string.IsNullOrWhiteSpace(f.Status))
        {
            if (!AppealKinds.TryStatus(f.Status, out var status))
                throw new FieldValidationException("status", "状态须为 received、answered、dispatched、signed、contacted、replied、closed、visited、reopened、returned、paused、merged 之一");
            query = query.Where(a => a.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(f.Type))
        {
            var type = AppealKinds.ParseType(f.Type);
            query = query.Where(a => a.Type == type);
        }
        if (!string.IsNullOrWhiteSpace(f.Department))
        {
            var code = f.Department.Trim().ToLowerInvariant();
            var id = await db.Departments.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
                     ?? throw new FieldValidationException("department", $"不存在编码为“{code}”的部门");
            query = query.Where(a => a.LeadDepartmentId == id);
        }
        if (!string.IsNullOrWhiteSpace(f.County))
        {
            var county = f.County.Trim();
            var upper = county.ToUpperInvariant();
            var id = await db.Regions.Where(r => r.Code == upper || r.Name == county).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct)
                     ?? throw new FieldValidationException("county", $"不存在县市“{county}”");
            query = query.Where(a => a.RegionId == id);
        }
        if (f.Overdue is { } overdue)
            query = overdue ? query.Where(Appeal.OverdueAt(now)) : query.Where(Negate(Appeal.OverdueAt(now)));
        if (!string.IsNullOrWhiteSpace(f.Escalation)) query = query.Where(EscalationFilter(f.Escalation));
        if (!string.IsNullOrWhiteSpace(f.Extension))
        {
            if (!f.Extension.Trim().Equals("pending", StringComparison.OrdinalIgnoreCase))
                throw new FieldValidationException("extension", "延期筛选只能为 pending（延期待审批）");
            // Only requests the lead can still decide: an appeal replied, closed or paused since waits for nothing.
            query = query.Where(a => a.Extension == ExtensionState.Pending && (a.Status == AppealStatus.Signed || a.Status == AppealStatus.Contacted));
        }
        if (f.From is { } from)
        {
            var start = ChinaTime.StartOfDay(from);
            query = query.Where(a => a.ReceivedAt >= start);
        }
        if (f.To is { } to)
        {
            var end = ChinaTime.StartOfNextDay(to);
            query = query.Where(a => a.ReceivedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            var text = privacy.TextMatch(q);
            query = query.Where(privacy.PhoneMatch(q) is { } phone ? Or(text, phone) : text);
        }
        return query.OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id).Select(a => new Row(a.Id, a.Number, a.Status, a.Type, a.Urgency, a.Content, a.ReceivedAt,
            new SlaSnapshot(a.DispatchedAt, a.SignDueAt, a.SignedAt, a.ContactDueAt, a.ContactedAt, a.CloseDueAt, a.RepliedAt, a.PausedAt),
            db.Departments.Where(d => d.Id == a.LeadDepartmentId).Select(d => d.Name).FirstOrDefault(),
            db.Departments.Where(d => d.Id == a.LeadDepartmentId).Select(d => d.Code).FirstOrDefault(),
            db.Regions.Where(r => r.Id == a.RegionId).Select(r => r.Name).First(), a.RemindedAt, a.UrgedAt, a.SupervisedAt, a.ReturnCount));
    }

    private static AppealListItem Item(Row r, DateTime now)
    {
        var state = r.Sla.State(now);
        // Phone and ID numbers typed into the content are masked in every list and export.
        var summary = PhoneMask.MaskAndCut(r.Content, 60);
        var level = EscalationLevels.Of(r.RemindedAt, r.UrgedAt, r.SupervisedAt);
        return new AppealListItem(r.Id, r.Number, r.Status.Code(), r.Status.Title(), r.Type.Title(), r.Urgency.Title(), r.Department,
            r.DepartmentCode, r.County, AppealReader.Iso(r.ReceivedAt)!, summary, AppealReader.Iso(r.Sla.CloseDue), r.Sla.Overdue(now),
            state.Title(), state.Css(), level?.Code(), level?.Title(), r.ReturnCount);
    }

    /// <summary>The highest step of the ladder raised (each is raised once per appeal), or <c>none</c>.</summary>
    private static System.Linq.Expressions.Expression<Func<Appeal, bool>> EscalationFilter(string value) =>
        value.Trim().ToLowerInvariant() switch
        {
            "none" => a => a.RemindedAt == null && a.UrgedAt == null && a.SupervisedAt == null,
            "reminded" => a => a.RemindedAt != null && a.UrgedAt == null && a.SupervisedAt == null,
            "urged" => a => a.UrgedAt != null && a.SupervisedAt == null,
            "supervised" => a => a.SupervisedAt != null,
            _ => throw new FieldValidationException("escalation", "督办级别须为 reminded、urged、supervised、none 之一"),
        };

    private static System.Linq.Expressions.Expression<Func<Appeal, bool>> Or(
        System.Linq.Expressions.Expression<Func<Appeal, bool>> left, System.Linq.Expressions.Expression<Func<Appeal, bool>> right) =>
        System.Linq.Expressions.Expression.Lambda<Func<Appeal, bool>>(System.Linq.Expressions.Expression.OrElse(left.Body,
            new ParameterSwap(right.Parameters[0], left.Parameters[0]).Visit(right.Body)), left.Parameters);

    private sealed class ParameterSwap(System.Linq.Expressions.ParameterExpression from, System.Linq.Expressions.Expression to)
        : System.Linq.Expressions.ExpressionVisitor
    {
        protected override System.Linq.Expressions.Expression VisitParameter(System.Linq.Expressions.ParameterExpression node) =>
            node == from ? to : node;
    }

    private static System.Linq.Expressions.Expression<Func<Appeal, bool>> Negate(System.Linq.Expressions.Expression<Func<Appeal, bool>> e) =>
        System.Linq.Expressions.Expression.Lambda<Func<Appeal, bool>>(System.Linq.Expressions.Expression.Not(e.Body), e.Parameters);
}
