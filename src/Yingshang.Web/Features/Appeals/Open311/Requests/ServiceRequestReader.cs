using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Open311.Catalogue;
using Yingshang.Web.Features.Appeals.Open311.Documents;
using Yingshang.Web.Features.Appeals.Open311.Submit;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Features.Organisation;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Open311.Requests;

/// <summary>
/// GET Service Requests and GET Service Request. Publishes only appeals submitted through Open311 (any other appeal is
/// seen by its requester alone); never the requester's name, phone, e-mail or the tracking code.
/// </summary>
public sealed class ServiceRequestReader(AppDbContext db, SlaMatrix sla)
{
    // Member-initialised (not a positional record) so that EF can still filter on the projection.
    private sealed class Row
    {
        public string Number { get; init; } = "";
        public AppealStatus Status { get; init; }
        public AppealStatus? Survivor { get; init; }
        public string? Reply { get; init; }
        public string ServiceCode { get; init; } = "";
        public AppealType Type { get; init; }
        public AppealUrgency Urgency { get; init; }
        public string Content { get; init; } = "";
        public string? Agency { get; init; }
        public DateTime ReceivedAt { get; init; }
        public DateTime UpdatedAt { get; init; }
        public DateTime? ClosedAt { get; init; }
        public DateTime? RepliedAt { get; init; }
        public DateTime? CloseDueAt { get; init; }
        public string? SignLimit { get; init; }
        public string? ContactLimit { get; init; }
        public string? CloseLimit { get; init; }
        public string Address { get; init; } = "";
        public string? AddressId { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public string? MediaUrl { get; init; }
    }

    private static readonly Expression<Func<Row, bool>> Closed = r =>
        r.Status == AppealStatus.Answered || r.Status == AppealStatus.Closed || r.Status == AppealStatus.Visited
        || (r.Status == AppealStatus.Merged
            && (r.Survivor == AppealStatus.Answered || r.Survivor == AppealStatus.Closed || r.Survivor == AppealStatus.Visited));

    private static readonly Expression<Func<Row, bool>> Open =
        Expression.Lambda<Func<Row, bool>>(Expression.Not(Closed.Body), Closed.Parameters);

    /// <summary>
    /// The newest <see cref="RequestQuery.MaxResults"/> requests; <c>OlderFrom</c> is the oldest one's receipt when more
    /// matched, so the caller can ask again up to it (end_date is inclusive: nothing is skipped, ties come twice).
    /// </summary>
    public async Task<(GeoList List, DateTime? OlderFrom)> ListAsync(RequestQuery query, Jurisdiction? jurisdiction, CancellationToken ct)
    {
        var rows = Rows(jurisdiction);
        if (query.Ids.Count > 0)
        {
            rows = rows.Where(r => query.Ids.Contains(r.Number));
        }
        else
        {
            var (from, to) = (query.Start.UtcDateTime, query.End.UtcDateTime);
            rows = rows.Where(r => r.ReceivedAt >= from && r.ReceivedAt <= to);
            if (query.ServiceCodes.Count > 0) rows = rows.Where(r => query.ServiceCodes.Contains(r.ServiceCode));
            if (query.Status == RequestStatus.Closed) rows = rows.Where(Closed);
            if (query.Status == RequestStatus.Open) rows = rows.Where(Open);
        }
        var list = await rows.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Number).Take(RequestQuery.MaxResults + 1).ToListAsync(ct);
        var more = list.Count > RequestQuery.MaxResults;
        if (more) list.RemoveAt(list.Count - 1);
        return (await ToGeoAsync(list, ct), more ? list[^1].ReceivedAt : null);
    }

    public async Task<GeoList> GetAsync(string id, Jurisdiction? jurisdiction, CancellationToken ct)
    {
        var number = id.Trim().ToUpperInvariant();
        var row = await Rows(jurisdiction).FirstOrDefaultAsync(r => r.Number == number, ct)
                  ?? throw GeoReportException.NotFound($"服务请求 “{id}” 不存在");
        return await ToGeoAsync([row], ct);
    }

    private IQueryable<Row> Rows(Jurisdiction? jurisdiction)
    {
        var appeals = db.Appeals.IgnoreQueryFilters();
        var query = from s in db.Set<Open311Submission>()
                    join a in appeals on s.AppealId equals a.Id
                    select new { s, a };
        if (jurisdiction is { Level: RegionLevel.County } county) query = query.Where(x => x.a.RegionId == county.Id);
        return query.Select(x => new Row
        {
            Number = x.a.Number, Status = x.a.Status,
            Survivor = appeals.Where(m => m.Id == x.a.MergedIntoId).Select(m => (AppealStatus?)m.Status).FirstOrDefault(),
            Reply = x.a.Reply ?? appeals.Where(m => m.Id == x.a.MergedIntoId).Select(m => m.Reply).FirstOrDefault(),
            ServiceCode = x.s.ServiceCode, Type = x.a.Type, Urgency = x.a.Urgency, Content = x.a.Content,
            Agency = db.Departments.Where(d => d.Id == x.a.LeadDepartmentId).Select(d => d.Name).FirstOrDefault(),
            ReceivedAt = x.a.ReceivedAt, UpdatedAt = x.a.UpdatedAt, ClosedAt = x.a.ClosedAt, RepliedAt = x.a.RepliedAt,
            CloseDueAt = x.a.CloseDueAt, SignLimit = x.a.SignLimit, ContactLimit = x.a.ContactLimit, CloseLimit = x.a.CloseLimit,
            Address = x.a.Address, AddressId = x.s.AddressId, Latitude = x.s.Latitude, Longitude = x.s.Longitude, MediaUrl = x.s.MediaUrl,
        });
    }

    private async Task<GeoList> ToGeoAsync(IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var plans = new Dictionary<(AppealType, AppealUrgency), SlaPlan>();
        var items = new List<object>(rows.Count);
        foreach (var r in rows)
        {
            var plan = r.CloseLimit is not null
                ? new SlaPlan(SlaLimits.Parse(r.SignLimit!), SlaLimits.Parse(r.ContactLimit!), SlaLimits.Parse(r.CloseLimit))
                : plans.TryGetValue((r.Type, r.Urgency), out var known) ? known
                : plans[(r.Type, r.Urgency)] = await sla.PlanAsync(r.Type, r.Urgency, ct);
            items.Add(ToGeo(r, plan));
        }
        return new GeoList("request", items);
    }

    private static GeoObject ToGeo(Row r, SlaPlan plan)
    {
        var status = RequestStatus.Of(r.Status, r.Survivor);
        // GeoReport requests are public: numbers typed into the description or the reply are masked as in every list.
        // For a closed request the spec wants the closing date; a later visit still counts as the close.
        var updated = status == RequestStatus.Closed ? r.ClosedAt ?? (r.Status == AppealStatus.Answered ? r.RepliedAt : null) ?? r.UpdatedAt : r.UpdatedAt;
        var service = Open311Catalogue.Find(r.ServiceCode);
        return new GeoObject(
            new("service_request_id", r.Number), new("status", status), new("status_notes", PhoneMask.Mask(RequestStatus.Notes(r.Status, r.Survivor, r.Reply))),
            new("service_name", service?.Name), new("service_code", r.ServiceCode), new("description", PhoneMask.Mask(r.Content)),
            new("agency_responsible", r.Agency), new("service_notice", ServiceNotice.Text(r.Type, r.Urgency, plan)),
            new("requested_datetime", Detail.AppealReader.Iso(r.ReceivedAt)), new("updated_datetime", Detail.AppealReader.Iso(updated)),
            new("expected_datetime", Detail.AppealReader.Iso(r.CloseDueAt)), new("address", r.Address.Length == 0 ? null : r.Address),
            new("address_id", r.AddressId), new("zipcode", null), new("lat", r.Latitude), new("long", r.Longitude),
            new("media_url", r.MediaUrl));
    }
}
