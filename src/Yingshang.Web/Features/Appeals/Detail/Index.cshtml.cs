using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Lifecycle;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Detail;

/// <summary>Facts, deadlines, the steps this user may take now (and only those), then the timeline.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = AppealsModule.PageRoles)]
public sealed class IndexModel(AppealReader reader, AppealWorkflow workflow, AppDbContext db) : PageModel
{
    public AppealDto Appeal { get; private set; } = new();
    public IReadOnlyList<(string Code, string Name)> Departments { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Act { get; set; }
    [BindProperty] public StepForm Form { get; set; } = new();

    public sealed class StepForm
    {
        public string? Department { get; set; }
        public string? CoDepartments { get; set; }
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
            CoDepartments = CoDepartments?.Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
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
            return await reader.FindAsync(id, ct) is null ? Redirect("/Appeals") : RedirectToPage(new { id });
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

    public bool Can(AppealAction action) => Appeal.Actions.Contains(action.Code());

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { } dto) return false;
        Appeal = dto;
        if (Can(AppealAction.Dispatch) || Can(AppealAction.Reassign))
            Departments = [.. (await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Id)
                .Select(d => new { d.Code, d.Name }).ToListAsync(ct)).Select(d => (d.Code, d.Name))];
        return true;
    }
}
