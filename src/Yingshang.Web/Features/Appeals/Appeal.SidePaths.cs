using System.Globalization;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Appeals;

/// <summary>退单, 延期, 挂起 and 并单.</summary>
public sealed partial class Appeal
{
    public void RequestReturn(AppealContext c, string? reason)
    {
        var from = Require(AppealAction.Return);
        ReturnReason = Text(reason, "reason", "退单理由", 1000);
        ReturnedFrom = from;
        Status = AppealStatus.Returned;
        Record(AppealAction.Return, from, c, ReturnReason);
    }

    /// <summary>The return leaves the department: back to the centre's dispatch queue, clocks stopped.</summary>
    public void ApproveReturn(AppealContext c, string? note)
    {
        var from = Require(AppealAction.ApproveReturn);
        var department = LeadDepartmentId;
        ReturnCount++;
        LeadDepartmentId = null;
        CoDepartments.Clear();
        ReturnedFrom = null;
        StopClocks();
        Status = AppealStatus.Received;
        Record(AppealAction.ApproveReturn, from, c, Optional(note, "note", "审批意见", 1000), department: department);
    }

    public void RejectReturn(AppealContext c, string? note)
    {
        var from = Require(AppealAction.RejectReturn);
        Status = ReturnedFrom ?? AppealStatus.Dispatched;
        ReturnedFrom = null;
        Record(AppealAction.RejectReturn, from, c, Optional(note, "note", "驳回理由", 1000));
    }

    public void RequestExtension(AppealContext c, int workingDays, string? reason)
    {
        var from = Require(AppealAction.RequestExtension);
        if (workingDays is < 1 or > MaxExtensionDays)
            throw new FieldValidationException("workingDays", $"延期天数须为 1–{MaxExtensionDays} 个工作日");
        ExtensionReason = Text(reason, "reason", "延期理由", 1000);
        ExtensionDays = workingDays;
        Extension = ExtensionState.Pending;
        Record(AppealAction.RequestExtension, from, c, ExtensionReason,
            string.Create(CultureInfo.InvariantCulture, $"申请延期 {workingDays} 个工作日"));
    }

    public void ApproveExtension(AppealContext c, string? note)
    {
        var from = Require(AppealAction.ApproveExtension);
        Extension = ExtensionState.Approved;
        RecomputeDeadlines(c);
        Record(AppealAction.ApproveExtension, from, c, Optional(note, "note", "审批意见", 1000),
            string.Create(CultureInfo.InvariantCulture, $"办结期限延长 {ExtensionDays} 个工作日"));
    }

    public void RejectExtension(AppealContext c, string? note)
    {
        var from = Require(AppealAction.RejectExtension);
        Extension = ExtensionState.Rejected;
        ExtensionDays = 0;
        Record(AppealAction.RejectExtension, from, c, Optional(note, "note", "驳回理由", 1000));
    }

    public void Pause(AppealContext c, string? reason)
    {
        var from = Require(AppealAction.Pause);
        PausedFrom = from;
        PausedAt = c.Now.UtcDateTime;
        Pauses.Add(new AppealPause(c.Now.UtcDateTime));
        RecomputeDeadlines(c);
        Status = AppealStatus.Paused;
        Record(AppealAction.Pause, from, c, Optional(reason, "reason", "挂起理由", 1000));
    }

    public void Resume(AppealContext c, string? note)
    {
        var from = Require(AppealAction.Resume);
        Pauses.Single(p => p.To is null).End(c.Now.UtcDateTime);
        PausedAt = null;
        Status = PausedFrom ?? AppealStatus.Dispatched;
        PausedFrom = null;
        RecomputeDeadlines(c);
        Record(AppealAction.Resume, from, c, Optional(note, "note", "说明", 1000));
    }

    /// <summary>The duplicate follows the survivor: it stops its own clocks and shows the survivor's reply.</summary>
    public void MergeInto(AppealContext c, Appeal survivor, string? note)
    {
        var from = Require(AppealAction.Merge);
        if (survivor.Id == Id) throw new FieldValidationException("into", "不能并入自身");
        if (survivor.Status is AppealStatus.Merged) throw new FieldValidationException("into", $"诉求 {survivor.Number} 已并入其他诉求，请并入最终保留的诉求");
        MergedIntoId = survivor.Id;
        StopClocks();
        Status = AppealStatus.Merged;
        Record(AppealAction.Merge, from, c, Optional(note, "note", "说明", 1000), $"并入 {survivor.Number}");
    }

    /// <summary>An earlier duplicate of this appeal now follows the survivor this appeal was merged into.</summary>
    public void FollowSurvivor(int survivorId) => MergedIntoId = survivorId;
}
