using System.Globalization;
using System.Text.RegularExpressions;
using Yingshang.Web.Features.Appeals.Open311.Catalogue;
using Yingshang.Web.Features.Appeals.Open311.Documents;

namespace Yingshang.Web.Features.Appeals.Open311.Requests;

/// <summary>The arguments of GET Service Requests, parsed and checked (spec, "GET Service Requests").</summary>
public sealed partial record RequestQuery(
    IReadOnlyList<string> Ids, IReadOnlyList<string> ServiceCodes, DateTimeOffset Start, DateTimeOffset End, string? Status)
{
    /// <summary>Default and widest span of a query; at most <see cref="MaxResults"/> requests are returned (spec, "Response Volume").</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    public const int MaxResults = 1000;

    public static RequestQuery Parse(IQueryCollection query, DateTimeOffset now)
    {
        var ids = List(query["service_request_id"]).Select(i => i.ToUpperInvariant()).ToList();
        if (ids.Count > 0) return new RequestQuery(ids, [], DateTimeOffset.MinValue, DateTimeOffset.MaxValue, null); // overrides all others
        var codes = List(query["service_code"]);
        foreach (var code in codes)
            if (Open311Catalogue.Find(code) is null) throw GeoReportException.BadRequest($"service_code “{code}” 不存在，可用的服务见 services.xml");
        var statuses = List(query["status"]).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        if (statuses.Any(s => s is not (RequestStatus.Open or RequestStatus.Closed)))
            throw GeoReportException.BadRequest("status 须为 open 或 closed（可用逗号分隔）");

        var start = Date(query["start_date"], "start_date");
        var end = Date(query["end_date"], "end_date");
        var (from, to) = (start, end) switch
        {
            (null, null) => (now - MaxSpan, now),
            ({ } s, null) => (s, Shift(s, MaxSpan)),
            (null, { } e) => (Shift(e, -MaxSpan), e),
            ({ } s, { } e) => (s, e),
        };
        if (to < from) throw GeoReportException.BadRequest("end_date 不能早于 start_date");
        if (to - from > MaxSpan) throw GeoReportException.BadRequest("start_date 至 end_date 不能超过 90 天");
        return new RequestQuery(ids, [.. codes.Select(c => Open311Catalogue.Find(c)!.Code)], from, to, statuses.Count == 1 ? statuses[0] : null);
    }

    /// <summary>At the ends of the calendar (9999-12-01, 0001-01-01, in any offset) the window stops at the end instead of overflowing.</summary>
    private static DateTimeOffset Shift(DateTimeOffset at, TimeSpan by)
    {
        // In UTC, so an offset near the end (9999-10-03T05:00+08:00) does not push the local clock time out of range.
        var utc = at.ToUniversalTime();
        return by > TimeSpan.Zero
            ? (utc > DateTimeOffset.MaxValue - by ? DateTimeOffset.MaxValue : utc + by)
            : (utc < DateTimeOffset.MinValue - by ? DateTimeOffset.MinValue : utc + by);
    }

    private static List<string> List(string? value) =>
        [.. (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>A W3C date-time with its zone (Z or ±hh:mm), or a bare date taken as Beijing midnight.</summary>
    private static DateTimeOffset? Date(string? value, string name)
    {
        // A '+' of the offset arrives as a space when the client did not percent-encode it.
        var text = value?.Trim().Replace(' ', '+') ?? "";
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(Platform.Time.ChinaTime.StartOfDay(day));
        if (W3cDateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant;
        throw GeoReportException.BadRequest($"{name} “{value}” 须为 W3C 日期时间，如 2026-11-01T00:00:00+08:00 或 2026-11-01T00:00:00Z");
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex W3cDateTime();
}
