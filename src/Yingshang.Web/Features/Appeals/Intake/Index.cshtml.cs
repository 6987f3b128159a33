using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Web;
using Yingshang.Web.Features.Appeals.Answering;
using Yingshang.Web.Features.Appeals.Lifecycle;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Appeals.Intake;

/// <summary>
/// The operator console: one phone call, typed top to bottom; the hidden key makes a second submit harmless. Beside it the
/// assistance (knowledge, suggestion, duplicates), fetched while typing by appeal-console.js or by the 查找 button without it.
/// </summary>
[Authorize(Roles = Roles.Operator + "," + Roles.Supervisor + "," + Roles.Admin)]
public sealed class IndexModel(SubmitAppealHandler handler, AppDbContext db, ConsoleAssist assist, DirectAnswer answer) : PageModel
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["content"] = nameof(Text), ["type"] = nameof(Type), ["urgency"] = nameof(Urgency), ["channel"] = nameof(Channel),
        ["county"] = nameof(County), ["address"] = nameof(Address), ["category"] = nameof(Category),
        ["requester.name"] = nameof(RequesterName), ["requester.phone"] = nameof(RequesterPhone),
    };

    [BindProperty, Display(Name = "联系电话")] public string? RequesterPhone { get; set; }
    [BindProperty, Display(Name = "诉求人姓名")] public string? RequesterName { get; set; }
    [BindProperty] public bool Confidential { get; set; }
    [BindProperty, Display(Name = "县市")] public string? County { get; set; }
    [BindProperty, Display(Name = "地址")] public string? Address { get; set; }
    [BindProperty, Display(Name = "诉求类型")] public string? Type { get; set; } = "投诉";
    [BindProperty, Display(Name = "紧急程度")] public string? Urgency { get; set; } = "一般";
    [BindProperty, Display(Name = "受理渠道")] public string? Channel { get; set; } = "phone";
    [BindProperty, Display(Name = "诉求分类")] public string? Category { get; set; }
    [BindProperty, Display(Name = "诉求内容")] public string? Text { get; set; }
    [BindProperty] public string? Key { get; set; }
    [BindProperty] public int? AnswerWith { get; set; }

    public IReadOnlyList<(string Code, string Name)> Counties { get; private set; } = [];
    public AssistView Assist { get; private set; } = AssistView.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Key = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
    }

    /// <summary>The assistance panel alone, for appeal-console.js while the operator types.</summary>
    public async Task<IActionResult> OnGetAssistAsync(string? text, string? phone, string? county, CancellationToken ct) =>
        Partial("_Assist", await assist.ForAsync(text, phone, county, ct));

    /// <summary>Without JavaScript: the same form back, with the assistance for what was typed so far.</summary>
    public async Task<IActionResult> OnPostAssistAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Assist = await assist.ForAsync(Text, RequesterPhone, County, ct);
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(null, ct);

    /// <summary>直接答复: the call is received as a 咨询 and answered at once with the chosen knowledge entry.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken ct)
    {
        if (Type != AppealType.Consultation.Title())
        {
            ModelState.AddModelError(nameof(Type), "直接答复只适用于咨询：请把诉求类型改为“咨询”后再选择知识库条目");
            Assist = await assist.ForAsync(Text, RequesterPhone, County, ct);
            await LoadAsync(ct);
            return Page();
        }
        return await SubmitAsync(AnswerWith, ct);
    }

    private async Task<IActionResult> SubmitAsync(int? entry, CancellationToken ct)
    {
        Key = string.IsNullOrWhiteSpace(Key) ? Guid.NewGuid().ToString("N") : Key;
        if (!ModelState.IsValid) return await AgainAsync(ct); // a value the form cannot carry, e.g. a checkbox that is not yes/no
        var request = new SubmitAppeal(Text, Type, Urgency, Channel, County, Address, Category,
            new RequesterInput(RequesterName, RequesterPhone, Confidential));
        try
        {
            // The entry is checked before the appeal is stored, so that a bad choice does not leave an unanswered appeal.
            if (entry is { } chosen) await answer.UsableEntryAsync(chosen, ct);
            var outcome = await handler.HandleAsync(request, "page-" + Key, ct);
            if (entry is { } id && !outcome.Replayed && await answer.AnswerAsync(outcome.Id, null, id, ct) == StepResult.Done)
                TempData["Message"] = "诉求已受理，并已引用知识库条目直接答复。";
            else
                TempData["Message"] = outcome.Replayed ? "该诉求已受理过（重复提交未产生新诉求）。" : "诉求已受理。";
            TempData["NextCall"] = true;
            return RedirectToPage("/Appeals/Detail/Index", new { id = outcome.Id });
        }
        catch (FieldValidationException e)
        {
            ModelState.AddFieldErrors(e, FieldNames);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return await AgainAsync(ct);
    }

    private async Task<IActionResult> AgainAsync(CancellationToken ct)
    {
        Assist = await assist.ForAsync(Text, RequesterPhone, County, ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Counties = await Organisation.CountyOptions.LoadAsync(db, ct);
}
