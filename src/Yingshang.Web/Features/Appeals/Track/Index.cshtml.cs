using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Track;

/// <summary>诉求办理进度查询: tracking code + last four phone digits; posted, so the digits never appear in a URL.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class IndexModel(PublicAppealReader reader, RatingInvitations ratings) : PageModel
{
    [BindProperty, Display(Name = "查询码")] public string? TrackingCode { get; set; }
    [BindProperty, Display(Name = "手机号后 4 位")] public string? Phone4 { get; set; }

    public PublicAppealDto? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is { } appeal) Result = await reader.ToDtoAsync(appeal, ct);
        return Page();
    }

    /// <summary>评价办理结果: a fresh link to the open rating invitation, for the requester who just proved code and digits.</summary>
    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } appeal) return Page();
        if (await ratings.NewLinkAsync(appeal.Id, ct) is { } token) return Redirect($"/Public/Rate/{token}");
        ModelState.AddModelError("", "该诉求目前没有可用的评价链接（尚未办结、已评价或链接已过期）。");
        Result = await reader.ToDtoAsync(appeal, ct);
        return Page();
    }

    private async Task<Appeal?> FindAsync(CancellationToken ct)
    {
        try
        {
            if (await reader.FindAsync(TrackingCode, Phone4, ct) is { } appeal) return appeal;
            ModelState.AddModelError("", PublicAppealReader.NotFound);
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "phone4" ? nameof(Phone4) : nameof(TrackingCode), e.Message);
        }
        return null;
    }
}
