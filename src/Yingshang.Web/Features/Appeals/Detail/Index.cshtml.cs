using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Duplicates;
using Yingshang.Web.Features.Appeals.Lifecycle;
using Yingshang.Web.Features.Appeals.Notify;
using Yingshang.Web.Features.Appeals.Privacy;
using Yingshang.Web.Features.Appeals.Suggest;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Detail;

/// <summary>Facts, deadlines, the steps this user may take now (and only those), then the timeline.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = AppealsModule.PageRoles)]
public sealed class IndexModel(
    AppealReader reader, AppealWorkflow workflow, AppDbContext db, RequesterReveal reveal, DispatchAdvisor advisor, DuplicateFinder duplicates,
    AppealNotificationLog notifications, TimeProvider clock)
    : PageModel
{
    public AppealDto Appeal { get; private set; } = new();
    public IReadOnlyList<Organisation.DepartmentOption> Departments { get; private set; } = [];
    public DispatchSuggestion Suggestion { get; private set; } = DispatchSuggestion.None;
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];
    /// <summary>Set when the window held more open appeals than the finder compares: the list (and the survivor) may miss some.</summary>
    public string? DuplicatesNote { get; private set; }

    /// <summary>The appeal this one should be merged into, when it is a later duplicate of an open one.</summary>
    public DuplicateCandidate? Survivor { get; private set; }

    [TempData] public string? Message { get; set; }

    /// <summary>Set by the operator console after a call was received: the confirmation offers the next call, focused.</summary>
    [TempData] public bool? NextCall { get; set; }

    [BindProperty] public string? Act { get; set; }
    [BindProperty] public StepForm Form { get; set; } = new();
    [BindProperty] public string? RevealReason { get; set; }

    /// <summary>The full name and phone after 查看完整号码 (audited); shown on this response only.</summary>
    public RevealedRequester? Revealed { get; private set; }

    /// <summary>Who revealed the requester's number and when (Supervisor and Admin see it on the page; all in the audit log).</summary>
    public IReadOnlyList<RevealLogEntry> RevealLog { get; private set; } = [];
    /// <summary>How many reveals there were in all; the page lists the latest <see cref="RevealsShown"/>.</summary>
    public int RevealTotal { get; private set; }
    public const int RevealsShown = 50;

    public sealed record RevealLogEntry(DateTime At, string Actor, string? Reason);

    /// <summary>通知记录, for the centre's roles (<see cref="AppealNotificationLog.Readers"/>); null for the others.</summary>
    public IReadOnlyList<AppealNotificationDto>? Notifications { get; private set; }

    public sealed class StepForm
    {
        public string? Department { get; set; }
        public List<string> CoDepartments { get; set; } = [];
        public string? Note { get; set; }
        public string? Content { get; set; }
        public string? Reason { get; set; }
        public string? Outcome { get; set; }
        public int? Satisfaction { get; set; }
        public int? WorkingDays { get; set; }
        public string? Into { get; set; }

        public StepInput ToInput() => new()
        {
            Department = Department,
            CoDepartments = [.. CoDepartments.Where(c => !string.IsNullOrWhiteSpace(c))],
            Note = Note, Content = Content, Reason = Reason, Satisfaction = Satisfaction, WorkingDays = WorkingDays, Into = Into,
            Unreachable = Outcome == "unreachable", Resolved = Outcome switch { "resolved" => true, "unresolved" => false, _ => null },
        };
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (AppealActions.FromCode(Act) is not { } action || action == AppealAction.Receive || action.IsSystemStep()) return BadRequest();
        try
        {
            var result = await workflow.RunAsync(id, action, AppealSteps.For(action, Form.ToInput(), workflow, ct), ct);
            if (result == StepResult.NotFound) return NotFound();
            if (result == StepResult.Forbidden) return Forbid();
            Message = $"已{action.Title()}。";
            if (await reader.FindAsync(id, ct) is not null) return RedirectToPage(new { id });
            Message += "该诉求已不在您的办理范围内。";
            return Redirect("/Appeals");
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError($"{nameof(Form)}.{char.ToUpperInvariant(e.Field[0])}{e.Field[1..]}", e.Message);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "该诉求刚被他人处理，请查看最新状态后重试。");
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRevealAsync(int id, CancellationToken ct)
    {
        try
        {
            var outcome = await reveal.RevealAsync(id, RevealReason, ct);
            if (!outcome.Found) return NotFound();
            if (outcome.Refusal is not null) ModelState.AddModelError("", outcome.Refusal);
            Revealed = outcome.Requester;
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(nameof(RevealReason), e.Message);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public bool Can(AppealAction action) => Appeal.Actions.Contains(action.Code());

    /// <summary>The field errors of the step just posted, shown in its own form (the summary at the top lists them too).</summary>
    public IReadOnlyList<string> StepErrors => [.. ModelState.Where(e => e.Key.StartsWith(nameof(Form), StringComparison.Ordinal))
        .SelectMany(e => e.Value?.Errors ?? []).Select(e => e.ErrorMessage)];

    /// <summary>按时 / 超时 for a step done, 已超期 / 办理中 for one still open (a paused clock is judged at the pause, as the list does).</summary>
    public (string Title, string Css) StepState(string? due, string? done)
    {
        if (due is null) return ("—", "");
        var deadline = DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        if (done is not null)
            return DateTimeOffset.Parse(done, System.Globalization.CultureInfo.InvariantCulture) <= deadline ? ("按时", "ok") : ("超时", "bad");
        var at = Appeal.PausedAt is { } paused ? DateTimeOffset.Parse(paused, System.Globalization.CultureInfo.InvariantCulture) : clock.GetUtcNow();
        return at > deadline ? ("已超期", "bad") : ("办理中", "");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } dto) return false;
        Appeal = dto;
        if (User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Admin))
        {
            var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var reveals = db.AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == nameof(Appeals.Appeal) && e.EntityKey == key && e.Action == RequesterReveal.AuditAction);
            RevealLog = [.. (await reveals.OrderByDescending(e => e.Id).Take(RevealsShown).Select(e => new { e.At, e.Actor, e.After }).ToListAsync(ct))
                .Select(e => new RevealLogEntry(e.At, e.Actor, RequesterReveal.ReasonOf(e.After)))];
            RevealTotal = RevealLog.Count < RevealsShown ? RevealLog.Count : await reveals.CountAsync(ct);
        }
        if (AppealNotificationLog.Readers.Any(User.IsInRole)) Notifications = await notifications.ListAsync(id, ct);
        if (Can(AppealAction.Dispatch) || Can(AppealAction.Reassign))
        {
            Departments = await Organisation.DepartmentOptions.LoadAsync(db, ct);
            Suggestion = await advisor.SuggestAsync(dto.Content, dto.County, ct);
        }
        if (Can(AppealAction.Merge))
        {
            var received = DateTimeOffset.Parse(dto.ReceivedAt, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
            (Duplicates, _, DuplicatesNote) = await duplicates.FindAsync(new DuplicateQuery(dto.Requester.Phone, dto.County, dto.Content, id, received), DuplicateEndpoints.Max, ct);
            Survivor = DuplicateFinder.Survivor(Duplicates, dto.ReceivedAt);
        }
        return true;
    }
}
