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

    /// <summary>评价办理结果: a fresh link to the open rating invitation, sent by SMS to the requester's mobile.</summary>
    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } appeal) return Page();
        // The visitor typed the last four digits; showing the first three too would tell them more than they knew.
        var phone = $"尾号 {appeal.RequesterPhone[^4..]} 的手机";
        switch (await ratings.ResendAsync(appeal, ct))
        {
            case LinkResend.Sent:
                Message = $"评价链接已通过短信发送至{phone}，请在手机上打开链接评价。";
                break;
            case LinkResend.TooSoon:
                Message = $"评价链接已于 10 分钟内发送至{phone}，请查收短信，稍后可再次获取。";
                break;
            case LinkResend.NoMobile:
                ModelState.AddModelError("", "您登记的是固定电话，无法接收评价短信；12345 热线将电话回访，请您届时评价。");
                break;
            default:
                ModelState.AddModelError("", "该诉求目前没有可用的评价链接（尚未办结、已评价或链接已过期）。");
                break;
        }
        Result = await reader.ToDtoAsync(appeal, ct);
        return Page();
    }

    public string? Message { get; private set; }

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
