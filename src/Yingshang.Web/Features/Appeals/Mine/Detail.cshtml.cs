using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Features.Appeals.Mine;

/// <summary>One of the enterprise's own appeals, with 评价办理结果 once it is closed; another enterprise's (or a citizen's) is 404.</summary>
[Authorize(Policy = AppealsModule.EnterprisePolicy)]
public sealed class DetailModel(MyAppeals appeals, MyAppealRating rating) : PageModel
{
    public AppealDto Appeal { get; private set; } = new();

    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Resolved { get; set; }
    [BindProperty] public int? Satisfaction { get; set; }
    [BindProperty] public string? Comment { get; set; }

    /// <summary>Why the rating form is not offered (not yet closed, already rated, expired), or null to offer it.</summary>
    public string? RatingRefusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRateAsync(int id, CancellationToken ct)
    {
        var resolved = Resolved switch { "yes" => true, "no" => false, _ => (bool?)null };
        try
        {
            if (await rating.RateAsync(id, new RatingInput(resolved, Satisfaction, Comment), ct) is null) return NotFound();
            Message = "感谢您的评价！您的意见已记入该诉求的回访记录。如问题仍未解决，热线中心将安排重新办理。";
            return RedirectToPage(new { id });
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field switch { "resolved" => nameof(Resolved), "satisfaction" => nameof(Satisfaction), _ => nameof(Comment) }, e.Message);
        }
        catch (BusinessRuleException)
        {
            // Rated meanwhile (by the SMS link or another session), reopened or expired: the page read again says which.
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await rating.FindAsync(id, ct) is not var (appeal, invitation)) return false;
        Appeal = (await appeals.GetAsync(id, ct))!;
        RatingRefusal = rating.Refusal(appeal, invitation);
        return true;
    }
}
