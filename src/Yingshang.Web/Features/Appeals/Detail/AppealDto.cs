namespace Yingshang.Web.Features.Appeals.Detail;

public sealed record DepartmentRef(string Code, string Name);

/// <summary>ISO 8601 in Beijing time (+08:00); null when the clock does not run (not dispatched, answered, returned, merged).</summary>
public sealed record DeadlinesDto(string? Sign, string? Contact, string? Close);

public sealed record RequesterDto(string Name, string Phone, bool Confidential);

public sealed record VisitDto(string At, bool Unreachable, bool? Resolved, int? Satisfaction);

public sealed record ExtensionDto(string State, int WorkingDays, string? Reason);

/// <summary>The enterprise an appeal concerns (企业渠道, 联企走访).</summary>
public sealed record EnterpriseRef(string Uscc, string Name);

public sealed record MergedDto(int Id, string Number, string Status);

/// <summary>An approved 退单: the department that returned the appeal, when, and its reason.</summary>
public sealed record ReturnDto(string At, DepartmentRef? Department, string? Reason);

public sealed record HistoryDto(string At, string Action, string Title, string? From, string To, string Actor, string ActorName, string? Note, string? Detail);

/// <summary>GET /api/v1/appeals/{id}: the fields issue 3 lists, plus what the detail page shows.</summary>
public sealed record AppealDto
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public string TrackingCode { get; init; } = "";
    public string Status { get; init; } = "";
    public string StatusTitle { get; init; } = "";
    public string Type { get; init; } = "";
    public string Urgency { get; init; } = "";
    public string Channel { get; init; } = "";
    public string ChannelTitle { get; init; } = "";
    public string County { get; init; } = "";
    public string Address { get; init; } = "";
    public string Category { get; init; } = "";
    public string Content { get; init; } = "";
    public EnterpriseRef? Enterprise { get; init; }
    /// <summary>Phone masked (138****5678) and a confidential identity “保密” as the caller may see it; full values via POST …/reveal.</summary>
    public RequesterDto Requester { get; init; } = new("", "", false);
    /// <summary>Whether the caller may reveal the full name and phone (audited).</summary>
    public bool CanReveal { get; init; }
    public DepartmentRef? Department { get; init; }
    public IReadOnlyList<DepartmentRef> CoDepartments { get; init; } = [];
    public string ReceivedAt { get; init; } = "";
    public string? DispatchedAt { get; init; }
    public DeadlinesDto Deadlines { get; init; } = new(null, null, null);
    public string? SlaLimits { get; init; }
    public bool Overdue { get; init; }
    public string SlaState { get; init; } = "";
    public bool Paused { get; init; }
    /// <summary>When the clock was paused (a paused clock is judged at this instant); null while it runs.</summary>
    public string? PausedAt { get; init; }

    /// <summary>The escalation ladder's step reached in this round: null, reminded, urged or supervised.</summary>
    public string? Escalation { get; init; }
    public string? ContactNote { get; init; }
    public string? Reply { get; init; }
    public string? RepliedAt { get; init; }
    /// <summary>When this round's 签收 and 响应 were done (null until then), beside their deadlines.</summary>
    public string? SignedAt { get; init; }
    public string? ContactedAt { get; init; }
    public string? ClosedAt { get; init; }
    public VisitDto? Visit { get; init; }
    public ExtensionDto? Extension { get; init; }
    public string? ReturnReason { get; init; }
    public int ReturnCount { get; init; }
    public int ReopenCount { get; init; }
    public MergedDto? MergedInto { get; init; }
    /// <summary>The appeals merged into this one (并单), which follow it and get its reply.</summary>
    public IReadOnlyList<MergedDto> Merged { get; init; } = [];
    /// <summary>The approved returns, oldest first: which departments gave the appeal back, and why.</summary>
    public IReadOnlyList<ReturnDto> Returns { get; init; } = [];
    public IReadOnlyList<string> Actions { get; init; } = [];
    public IReadOnlyList<HistoryDto> History { get; init; } = [];
}
