using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Platform.Audit;

/// <summary>Filters of the audit log, shared by the admin page, its export and the API. Dates are China dates, both inclusive.</summary>
public sealed record AuditFilter(string? Actor = null, string? EntityType = null, string? EntityKey = null, DateOnly? From = null, DateOnly? To = null);

public static class AuditSearch
{
    /// <summary>The matching entries, newest first.</summary>
    public static IQueryable<AuditEntry> Filter(this IQueryable<AuditEntry> query, AuditFilter filter)
    {
        if (filter is { From: { } from, To: { } to } && to < from)
            throw new FieldValidationException("to", "结束日期不能早于开始日期");
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(a => a.Actor == filter.Actor.Trim());
        if (!string.IsNullOrWhiteSpace(filter.EntityType)) query = query.Where(a => a.EntityType == filter.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(filter.EntityKey)) query = query.Where(a => a.EntityKey == filter.EntityKey.Trim());
        if (filter.From is { } start)
        {
            var since = ChinaTime.StartOfDay(start);
            query = query.Where(a => a.At >= since);
        }
        if (filter.To is { } end)
        {
            var before = ChinaTime.StartOfNextDay(end);
            query = query.Where(a => a.At < before);
        }
        return query.OrderByDescending(a => a.Id);
    }
}
