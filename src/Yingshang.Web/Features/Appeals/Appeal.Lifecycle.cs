using System.Globalization;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Appeals;

/// <summary>The lead (主办) and co-handling (协办) departments of a dispatch, with names for the history.</summary>
public sealed record DispatchTarget(int LeadId, string LeadName, IReadOnlyList<(int Id, string Name)> Co)
{
    public string Describe() => Co.Count == 0 ? $"主办：{LeadName}" : $"主办：{LeadName}；协办：{string.Join("、", Co.Select(c => c.Name))}";
}

public sealed record VisitResult(bool Unreachable, bool? Resolved, int? Satisfaction);

public sealed partial class Appeal
{
    public const int MaxCoDepartments = 5;
    public const int MaxExtensionDays = 10;

    /// <param name="source">Where the answer came from (a knowledge entry), for the history.</param>
    public void AnswerDirectly(AppealContext c, string? content, string? source = null)
    {
        var from = Require(AppealAction.Answer);
        Reply = Text(content, "content", "答复内容", 4000);
        RepliedAt = c.Now.UtcDateTime;
        Status = AppealStatus.Answered;
        Record(AppealAction.Answer, from, c, Reply, source);
    }

    public void Dispatch(AppealContext c, DispatchTarget target, SlaPlan plan)
    {
        var from = Require(AppealAction.Dispatch);
        Assign(target);
        Status = AppealStatus.Dispatched;
        FirstDispatchedAt ??= c.Now.UtcDateTime;
        StartClocks(c, plan);
        Record(AppealAction.Dispatch, from, c, null, target.Describe());
    }

    public void Reassign(AppealContext c, DispatchTarget target, SlaPlan plan, string? reason)
    {
        var from = Require(AppealAction.Reassign);
        if (target.LeadId == LeadDepartmentId) throw new FieldValidationException("department", "改派的主办部门须与当前主办部门不同");
        Assign(target);
        Status = AppealStatus.Dispatched;
        StartClocks(c, plan);
        Record(AppealAction.Reassign, from, c, Optional(reason, "reason", "改派理由", 500), target.Describe());
    }

    public void Sign(AppealContext c)
    {
        var from = Require(AppealAction.Sign);
        SignedAt = c.Now.UtcDateTime;
        Status = AppealStatus.Signed;
        Record(AppealAction.Sign, from, c, null);
    }

    public void Contact(AppealContext c, string? note)
    {
        var from = Require(AppealAction.Contact);
        ContactNote = Text(note, "note", "联系情况", 2000);
        ContactedAt = c.Now.UtcDateTime;
        Status = AppealStatus.Contacted;
        Record(AppealAction.Contact, from, c, ContactNote);
    }

    public void SubmitReply(AppealContext c, string? content)
    {
        var from = Require(AppealAction.Reply);
        Reply = Text(content, "content", "答复内容", 4000);
        RepliedAt = c.Now.UtcDateTime;
        Status = AppealStatus.Replied;
        // The lead can decide an extension only before the reply; one still pending then has nothing left to extend.
        var lapsed = Extension == ExtensionState.Pending;
        if (lapsed) (Extension, ExtensionDays) = (ExtensionState.None, 0);
        Record(AppealAction.Reply, from, c, Reply, lapsed ? "待审批的延期申请随答复失效" : null);
    }

    public void Close(AppealContext c, string? note)
    {
        var from = Require(AppealAction.Close);
        ClosedAt = c.Now.UtcDateTime;
        Status = AppealStatus.Closed;
        Record(AppealAction.Close, from, c, Optional(note, "note", "审核意见", 1000));
    }

    public void RecordVisit(AppealContext c, VisitResult visit, string? note)
    {
        var from = Require(AppealAction.Visit);
        if (!visit.Unreachable)
        {
            var errors = new FieldErrors();
            if (visit.Resolved is null) errors.Add("resolved", "请选择诉求是否已解决");
            if (visit.Satisfaction is null) errors.Add("satisfaction", "请选择满意度（1–5 分）");
            else if (visit.Satisfaction is not (>= 1 and <= 5)) errors.Add("satisfaction", "满意度须为 1–5 分");
            errors.ThrowIfAny();
        }
        VisitUnreachable = visit.Unreachable;
        VisitResolved = visit.Unreachable ? null : visit.Resolved;
        Satisfaction = visit.Unreachable ? null : visit.Satisfaction;
        VisitedAt = c.Now.UtcDateTime;
        Status = AppealStatus.Visited;
        var detail = visit.Unreachable ? "无法联系诉求人" : string.Create(CultureInfo.InvariantCulture,
            $"{(visit.Resolved == true ? "已解决" : "未解决")}，满意度 {visit.Satisfaction} 分");
        Record(AppealAction.Visit, from, c, Optional(note, "note", "回访记录", 1000), detail);
    }

    public void Reopen(AppealContext c, string? reason)
    {
        var from = Require(AppealAction.Reopen);
        ReopenCount++;
        Status = AppealStatus.Reopened;
        ClosedAt = null;
        VisitedAt = null;
        VisitResolved = null;
        Satisfaction = null;
        VisitUnreachable = false;
        StartClocks(c, CurrentPlan());
        Record(AppealAction.Reopen, from, c, Optional(reason, "reason", "重办理由", 1000));
    }

    private void Assign(DispatchTarget target)
    {
        var co = target.Co.Select(d => d.Id).Distinct().ToList();
        if (co.Contains(target.LeadId)) throw new FieldValidationException("coDepartments", "协办部门不能与主办部门相同");
        if (co.Count > MaxCoDepartments) throw new FieldValidationException("coDepartments", $"协办部门最多 {MaxCoDepartments} 个");
        LeadDepartmentId = target.LeadId;
        CoDepartments.Clear();
        CoDepartments.AddRange(co.Select(id => new AppealCoDepartment(id)));
    }
}
