using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Notify;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Features.Appeals.Suggest;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Lifecycle;

public enum StepResult { Done, NotFound, Forbidden }

/// <summary>
/// Runs one step on an appeal the caller can see (else NotFound), may take (else Forbidden), and saves it. The step's
/// notifications are queued in the same SaveChanges, so they commit with it; the row's Version token makes a step taken
/// on a stale read fail as a whole (409 "concurrency") instead of overwriting a concurrent step.
/// </summary>
public sealed class AppealWorkflow(
    AppDbContext db, ICurrentUser user, AppealContextFactory contexts, SlaMatrix sla, Rate.RatingInvitations ratings,
    SuggestionTracker suggestions, AppealMessages messages)
{
    /// <summary>Records whether dispatches took the suggested department, and returns against them.</summary>
    public SuggestionTracker Suggestions => suggestions;

    public async Task<StepResult> RunAsync(int id, AppealAction action, Func<Appeal, AppealContext, Task> step, CancellationToken ct)
    {
        var appeal = await db.Appeals.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appeal is null) return StepResult.NotFound;
        if (!AppealPermissions.RoleAllows(user, appeal, action)) return StepResult.Forbidden;
        var before = AppealMessages.Departments(appeal);
        await step(appeal, await contexts.CreateAsync(ct));
        await messages.AfterStepAsync(action, appeal, before, ct);
        await db.SaveChangesAsync(ct);
        return StepResult.Done;
    }

    public async Task<(DispatchTarget Target, SlaPlan Plan)> TargetAsync(Appeal appeal, string? department, IEnumerable<string>? co, CancellationToken ct)
    {
        var lead = await DepartmentAsync(department, "department", ct);
        var others = new List<(int, string)>();
        foreach (var code in co?.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct() ?? [])
            others.Add(await DepartmentAsync(code, "coDepartments", ct));
        return (new DispatchTarget(lead.Id, lead.Name, others), await sla.PlanAsync(appeal.Type, appeal.Urgency, ct));
    }

    private async Task<(int Id, string Name)> DepartmentAsync(string? code, string field, CancellationToken ct)
    {
        var normalised = code?.Trim().ToLowerInvariant() ?? "";
        if (normalised.Length == 0) throw new FieldValidationException(field, "请选择承办部门");
        var hit = await db.Departments.AsNoTracking().Where(d => d.Code == normalised)
            .Select(d => new { d.Id, d.Name, d.IsActive }).FirstOrDefaultAsync(ct);
        if (hit is null) throw new FieldValidationException(field, $"不存在编码为“{normalised}”的部门");
        if (!hit.IsActive) throw new FieldValidationException(field, $"部门“{hit.Name}”已停用");
        return (hit.Id, hit.Name);
    }

    /// <summary>The surviving appeal of a merge, by id or case number; one the caller cannot see does not exist.</summary>
    public async Task<Appeal> SurvivorAsync(string? into, CancellationToken ct)
    {
        var text = into?.Trim() ?? "";
        if (text.Length == 0) throw new FieldValidationException("into", "请指定要并入的诉求（编号或 id）");
        var id = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        return await db.Appeals.FirstOrDefaultAsync(a => a.Id == id || a.Number == text, ct)
               ?? throw new FieldValidationException("into", $"找不到诉求“{text}”");
    }

    /// <summary>Appeals merged into <paramref name="merged"/> earlier now follow its survivor too.</summary>
    public async Task RepointAsync(Appeal merged, Appeal survivor, CancellationToken ct)
    {
        foreach (var earlier in await db.Appeals.Where(a => a.MergedIntoId == merged.Id).ToListAsync(ct))
            earlier.FollowSurvivor(survivor.Id);
    }

    /// <summary>办结 invites the requester to rate the handling (one-time link by SMS), in the close's unit of work.</summary>
    public Task InviteRatingAsync(Appeal appeal, CancellationToken ct) => ratings.IssueAsync(appeal, ct);

    public static string? IntoText(JsonElement into) => into.ValueKind switch
    {
        JsonValueKind.String => TryString(into),
        JsonValueKind.Number => into.GetRawText(),
        _ => null,
    };

    // A lone surrogate ("\ud800") cannot be read as a string; it is no appeal's number either, so it reads as none.
    private static string? TryString(JsonElement text)
    {
        try
        {
            return text.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
