using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Rate;

/// <summary>The one-time rating page the SMS links to: resolved? satisfaction 1–5, a comment; recorded as the visit (回访).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class IndexModel(RatingInvitations ratings) : PageModel
{
    [BindProperty] public string? Resolved { get; set; }
    [BindProperty] public int? Satisfaction { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public string? Number { get; private set; }
    public string? Type { get; private set; }

    /// <summary>Why the link cannot be used (used, replaced, expired); the page then shows only this.</summary>
    public string? Closed { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => await LoadAsync(token, ct) ? Page() : Unknown();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return Unknown();
        if (Closed is not null) return Page();
        var resolved = Resolved switch { "yes" => true, "no" => false, _ => (bool?)null };
        try
        {
            await ratings.RateAsync(token, new RatingInput(resolved, Satisfaction, Comment), ct);
            Done = true;
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field switch { "resolved" => nameof(Resolved), "satisfaction" => nameof(Satisfaction), _ => nameof(Comment) }, e.Message);
        }
        catch (BusinessRuleException e)
        {
            Closed = e.Message;
        }
        return Page();
    }

    /// <summary>404 with the reason on this page: the shared error page needs a login, a citizen has none.</summary>
    private PageResult Unknown()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Closed = "该评价链接不存在，请核对短信中的链接是否完整。";
        return Page();
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        if (await ratings.FindAsync(token, ct) is not var (invitation, appeal)) return false;
        Number = appeal.Number;
        Type = appeal.Type.Title();
        Closed = ratings.Refusal(invitation, appeal);
        return true;
    }
}
