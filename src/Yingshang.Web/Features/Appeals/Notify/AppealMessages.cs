using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Notify;

/// <summary>
/// The messages a step of an appeal sends (README.md, "Notifications"), queued in the step's own unit of work through
/// <see cref="Notifier"/>: committed with the step or not at all, delivered later, never able to fail the step.
/// Requesters get SMS (confidentiality is towards departments, not towards the requester); departments get a message
/// addressed by their code.
/// </summary>
public sealed partial class AppealMessages(Notifier notifier, AppDbContext db)
{
    private const string Sign = "【12345热线】";
    public const string Related = "Appeal";

    /// <summary>After a user's step: what that step tells the requester or the departments.</summary>
    /// <param name="before">The lead and co-handling departments before the step.</param>
    public async Task AfterStepAsync(AppealAction action, Appeal appeal, int[] before, CancellationToken ct)
    {
        switch (action)
        {
            case AppealAction.Dispatch:
                await ToDepartmentsAsync(appeal, Departments(appeal), "新派单诉求",
                    $"诉求 {appeal.Number}（{appeal.Type.Title()}·{appeal.Urgency.Title()}）已派至你单位，{DueText(appeal)}。{ForDepartments(appeal.Content)}", ct);
                break;
            case AppealAction.Reassign:
                await ToDepartmentsAsync(appeal, Departments(appeal), "改派诉求",
                    $"诉求 {appeal.Number}（{appeal.Type.Title()}·{appeal.Urgency.Title()}）已改派至你单位，{DueText(appeal)}。{ForDepartments(appeal.Content)}", ct);
                await ToDepartmentsAsync(appeal, [.. before.Except(Departments(appeal))], "诉求已改派",
                    $"诉求 {appeal.Number} 已改派其他部门办理，你单位无需继续办理。", ct);
                break;
            case AppealAction.Reopen:
                await ToDepartmentsAsync(appeal, Departments(appeal), "诉求重办",
                    $"诉求 {appeal.Number} 经审核或回访须重新办理，{DueText(appeal)}。", ct);
                break;
            case AppealAction.Answer or AppealAction.Reply:
                ToRequester(appeal, "诉求已答复", $"{Sign}您的诉求 {appeal.Number} 已答复：{Summary(appeal.Reply ?? "", 120)}");
                ToMerged(appeal, await Merged(appeal.Id).ToListAsync(ct));
                break;
            case AppealAction.Merge when appeal.MergedIntoId is { } into:
                // Merged into an appeal already answered: the reply is sent now, to this requester and to those who followed this appeal.
                // The merge step has just loaded the survivor: found in the change tracker, no query.
                var survivor = await db.Appeals.FindAsync([into], ct);
                if (survivor?.Reply is not null) ToMerged(survivor, [appeal, .. await Merged(appeal.Id).ToListAsync(ct)]);
                break;
        }
    }

    private IQueryable<Appeal> Merged(int survivorId) => db.Appeals.IgnoreQueryFilters().Where(a => a.MergedIntoId == survivorId);

    /// <summary>
    /// 并单: the requesters of the merged appeals get the survivor's reply (once per phone number; the survivor's own
    /// requester already has it). Numbers in it are masked: the reply was written to another requester.
    /// </summary>
    private void ToMerged(Appeal survivor, IReadOnlyList<Appeal> merged)
    {
        var told = new HashSet<string>(StringComparer.Ordinal) { survivor.RequesterPhone };
        foreach (var m in merged.Where(m => told.Add(m.RequesterPhone)))
            ToRequester(m, "诉求已答复",
                $"{Sign}您的诉求 {m.Number} 已与诉求 {survivor.Number} 合并办理，答复：{Summary(PhoneMask.Mask(survivor.Reply ?? ""), 120)}");
    }

    /// <summary>At intake: the requester learns the case number and the tracking code.</summary>
    public void Received(Appeal appeal) =>
        ToRequester(appeal, "诉求已受理",
            $"{Sign}您的诉求已受理，编号 {appeal.Number}，查询码 {appeal.TrackingCode}，可在 12345 网站“诉求办理进度查询”凭查询码和手机号后 4 位查询办理进度。");

    /// <summary>A step of the escalation ladder, to the lead (主办) department.</summary>
    public Task EscalatedAsync(Appeal appeal, EscalationLevel level, string detail, CancellationToken ct) =>
        ToDepartmentsAsync(appeal, appeal.LeadDepartmentId is { } lead ? [lead] : [], level switch
        {
            EscalationLevel.Reminded => "诉求即将超期提醒",
            EscalationLevel.Urged => "诉求催办",
            _ => "诉求督办",
        }, $"诉求 {appeal.Number}（{appeal.Type.Title()}）{detail}，请抓紧办理。", ct);

    private void ToRequester(Appeal appeal, string subject, string body)
    {
        // An SMS needs a mobile number; a landline requester is told by phone (the visit) instead.
        if (!Mobile().IsMatch(appeal.RequesterPhone)) return;
        notifier.Enqueue(NotificationChannel.Sms, appeal.RequesterPhone, subject, body, Related, Id(appeal));
    }

    private async Task ToDepartmentsAsync(Appeal appeal, int[] ids, string subject, string body, CancellationToken ct)
    {
        if (ids.Length == 0) return;
        var codes = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).Select(d => d.Code).ToListAsync(ct);
        foreach (var code in codes)
            notifier.Enqueue(NotificationChannel.Message, code, subject, body, Related, Id(appeal));
    }

    public static int[] Departments(Appeal appeal) =>
        [.. (appeal.LeadDepartmentId is { } lead ? new[] { lead } : []).Concat(appeal.CoDepartments.Select(c => c.DepartmentId)).Distinct()];

    private static string DueText(Appeal appeal) => appeal.CloseDueAt is { } due
        ? $"请于 {Local(due)} 前办结答复"
        : "请及时办理";

    public static string Local(DateTime utc) =>
        ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Summary(string text, int max)
    {
        var flat = Flat(text);
        return flat.Length <= max ? flat : flat[..max] + "…";
    }

    /// <summary>Like a list's summary: numbers in the content may name a requester the departments see as “保密”.</summary>
    private static string ForDepartments(string content) => PhoneMask.MaskAndCut(Flat(content), 60);

    private static string Flat(string text) => Regex.Replace(text.Trim(), @"\s+", " ");

    private static string Id(Appeal appeal) => appeal.Id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();
}
