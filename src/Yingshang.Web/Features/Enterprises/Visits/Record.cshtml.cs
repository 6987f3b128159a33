using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Enterprises.Service;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Enterprises.Visits;

/// <summary>登记走访: the officer's form; each issue may be filed as an appeal (channel visit) in the same submit.</summary>
public sealed class RecordModel(EnterpriseProfileLookup lookup, ServiceOfficers officers, RecordVisitHandler handler, TimeProvider clock) : PageModel
{
    public const int IssueRows = 3;

    [BindProperty(SupportsGet = true)] public string? Uscc { get; set; }
    [BindProperty, Display(Name = "走访日期")] public string? VisitDate { get; set; }
    [BindProperty, Display(Name = "参加人员")] public string? Participants { get; set; }
    [BindProperty, Display(Name = "走访情况")] public string? Summary { get; set; }
    [BindProperty, Display(Name = "企业联系人")] public string? ContactName { get; set; }
    [BindProperty, Display(Name = "联系电话")] public string? ContactPhone { get; set; }
    [BindProperty] public List<IssueRow> Issues { get; set; } = [];
    /// <summary>One per opened form: a second submit of it (a double click, a resend after a timeout) records nothing more.</summary>
    [BindProperty] public string? SubmissionKey { get; set; }

    public sealed class IssueRow
    {
        public string? Content { get; set; }
        public bool Submit { get; set; }
        public string? Type { get; set; } = "求助";
    }

    public EnterpriseProfileLookup.Found Enterprise { get; private set; } = null!;
    public string Today { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        VisitDate = Today;
        SubmissionKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        var request = new RecordVisit(VisitDate, Participants, Summary, ContactName, ContactPhone,
            [.. Issues.Select(i => new VisitIssueInput(i.Content, i.Submit, i.Type))]);
        try
        {
            var (visit, replayed) = await handler.HandleAsync(Enterprise, request, User.FindFirst(AppClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "", ct,
                SubmissionKey);
            var filed = visit.Issues.Where(i => i.AppealNumber is not null).Select(i => i.AppealNumber).ToList();
            TempData["Message"] = (replayed ? "该走访已登记（重复提交，未再次保存）" : "走访已登记") + (filed.Count == 0 ? "。" : $"，并提交诉求 {string.Join("、", filed)}。");
            return Redirect($"/Enterprises/{Enterprise.Uscc}");
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(FieldOf(e.Field), e.Message);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    private static string FieldOf(string field) => field switch
    {
        "visitDate" => nameof(VisitDate), "participants" => nameof(Participants), "summary" => nameof(Summary),
        "contactName" => nameof(ContactName), "contactPhone" => nameof(ContactPhone),
        _ when field.StartsWith("issues[", StringComparison.Ordinal) => "Issues" + field[6..field.IndexOf(']', StringComparison.Ordinal)] + "].Content",
        _ => "",
    };

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Uscc) || !Contracts.Uscc.IsValid(Uscc)) return NotFound();
        if (await lookup.FindDetailsAsync(Uscc, ct) is not { } found) return NotFound();
        if (!await officers.MayServeAsync(found.Uscc, ct)) return Forbid();
        Enterprise = found;
        Today = ChinaTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        while (Issues.Count < IssueRows) Issues.Add(new IssueRow());
        return null;
    }
}
