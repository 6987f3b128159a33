using System.Linq.Expressions;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals;

/// <summary>
/// One 12345 or enterprise appeal (诉求) from intake to the follow-up visit. The state machine lives in
/// Appeal.Lifecycle.cs, the SLA clocks in Appeal.Sla.cs; rules and tables in README.md.
/// Visible to the prefecture roles always, and to the lead (主办) and co-handling (协办) departments once dispatched.
/// </summary>
public sealed partial class Appeal : Entity, IDepartmentScoped<Appeal>
{
    private Appeal() { }

    public static Expression<Func<Appeal, int[], bool>> VisibleTo =>
        (a, ids) => (a.LeadDepartmentId != null && Enumerable.Contains(ids, a.LeadDepartmentId.Value))
                    || a.CoDepartments.Any(c => Enumerable.Contains(ids, c.DepartmentId));

    public string Number { get; private set; } = "";
    public string TrackingCode { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    /// <summary>Whose key it is (the API caller's user id; empty for the pages' own one-time keys): keys of two callers never meet.</summary>
    public string IdempotencyScope { get; private set; } = "";
    public string? IdempotencyFingerprint { get; private set; }

    public AppealStatus Status { get; private set; }
    public AppealType Type { get; private set; }
    public AppealUrgency Urgency { get; private set; }
    public AppealChannel Channel { get; private set; }
    public int RegionId { get; private set; }
    public string Address { get; private set; } = "";
    public string Category { get; private set; } = "";
    public string Content { get; private set; } = "";
    public string RequesterName { get; private set; } = "";
    [Platform.Audit.MaskedInAudit] public string RequesterPhone { get; private set; } = "";
    public bool RequesterConfidential { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    /// <summary>The enterprise the appeal concerns (企业渠道, 联企走访, or named at intake); null for a citizen's appeal.</summary>
    public string? EnterpriseUscc { get; private set; }
    public string? EnterpriseName { get; private set; }

    /// <summary>
    /// The appeals an enterprise raised itself (我的诉求): through its own account or a 联企走访 filed for it. An appeal of
    /// another channel that names the enterprise is about it (a complaint or a report against it may be one), not its own:
    /// the enterprise must neither read its requester nor rate its handling.
    /// </summary>
    public static Expression<Func<Appeal, bool>> RaisedBy(string uscc) =>
        a => a.EnterpriseUscc == uscc && (a.Channel == AppealChannel.Enterprise || a.Channel == AppealChannel.Visit);

    public int? LeadDepartmentId { get; private set; }
    public List<AppealCoDepartment> CoDepartments { get; private set; } = [];

    /// <summary>The first dispatch; the rates count an appeal in the period of this instant (README.md, "Rates").</summary>
    public DateTime? FirstDispatchedAt { get; private set; }
    public DateTime? DispatchedAt { get; private set; }
    public DateTime? SignedAt { get; private set; }
    public DateTime? ContactedAt { get; private set; }
    public string? ContactNote { get; private set; }
    public DateTime? RepliedAt { get; private set; }
    public string? Reply { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? VisitedAt { get; private set; }
    public bool? VisitResolved { get; private set; }
    public int? Satisfaction { get; private set; }
    public bool VisitUnreachable { get; private set; }

    public AppealStatus? ReturnedFrom { get; private set; }
    public string? ReturnReason { get; private set; }
    public int ReturnCount { get; private set; }
    public int ReopenCount { get; private set; }
    public int? MergedIntoId { get; private set; }

    public List<AppealEvent> Events { get; private set; } = [];

    public static Appeal Receive(AppealIntake intake, string number, string trackingCode, AppealContext c)
    {
        var appeal = new Appeal
        {
            Number = number, TrackingCode = trackingCode, IdempotencyKey = intake.IdempotencyKey,
            IdempotencyScope = intake.IdempotencyScope, IdempotencyFingerprint = intake.Fingerprint, Status = AppealStatus.Received, Type = intake.Type,
            Urgency = intake.Urgency, Channel = intake.Channel, RegionId = intake.RegionId, Address = intake.Address,
            Category = intake.Category, Content = intake.Content, RequesterName = intake.RequesterName,
            RequesterPhone = intake.RequesterPhone, RequesterConfidential = intake.Confidential,
            ReceivedAt = c.Now.UtcDateTime, EnterpriseUscc = intake.EnterpriseUscc, EnterpriseName = intake.EnterpriseName,
        };
        appeal.Record(AppealAction.Receive, null, c, null, $"{intake.Channel.Title()}受理");
        return appeal;
    }

    private void Record(AppealAction action, AppealStatus? from, AppealContext c, string? note, string? detail = null, int? department = null)
    {
        Events.Add(new AppealEvent(action, from, Status, c, note, detail, department ?? LeadDepartmentId));
        RefreshEscalationPoints();
    }
}

/// <summary>The validated facts of a new appeal (see Intake/SubmitAppeal.cs).</summary>
public sealed record AppealIntake(
    string Content, AppealType Type, AppealUrgency Urgency, AppealChannel Channel, int RegionId, string Address,
    string Category, string RequesterName, string RequesterPhone, bool Confidential, string? IdempotencyKey, string? Fingerprint,
    string? EnterpriseUscc = null, string? EnterpriseName = null, string IdempotencyScope = "");

/// <summary>Who acts, when, and the working-day calendar the deadlines are computed on.</summary>
public sealed record AppealContext(string Actor, string ActorName, DateTimeOffset Now, Platform.Time.WorkCalendar Calendar);

public sealed class AppealCoDepartment
{
    private AppealCoDepartment() { }

    public AppealCoDepartment(int departmentId) => DepartmentId = departmentId;

    public int Id { get; private set; }
    public int DepartmentId { get; private set; }
}

/// <summary>A pause of the SLA clocks [From, To); To is null while paused.</summary>
public sealed class AppealPause
{
    private AppealPause() { }

    public AppealPause(DateTime from) => From = from;

    public int Id { get; private set; }
    public DateTime From { get; private set; }
    public DateTime? To { get; private set; }

    public void End(DateTime to) => To = to;
}
