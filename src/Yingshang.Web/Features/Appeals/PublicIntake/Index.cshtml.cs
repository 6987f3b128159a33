using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Intake;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.PublicIntake;

/// <summary>The public web form (网站渠道): no account, limited per source; the hidden key makes a second submit harmless.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class IndexModel(SubmitAppealHandler handler, AppDbContext db) : PageModel
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["content"] = nameof(Text), ["type"] = nameof(Type), ["county"] = nameof(County), ["address"] = nameof(Address),
        ["requester.name"] = nameof(RequesterName), ["requester.phone"] = nameof(RequesterPhone),
    };

    [BindProperty, Display(Name = "姓名")] public string? RequesterName { get; set; }
    [BindProperty, Display(Name = "手机号码")] public string? RequesterPhone { get; set; }
    [BindProperty] public bool Confidential { get; set; }
    [BindProperty, Display(Name = "所在县市")] public string? County { get; set; }
    [BindProperty, Display(Name = "详细地址")] public string? Address { get; set; }
    [BindProperty, Display(Name = "诉求类型")] public string? Type { get; set; } = "投诉";
    [BindProperty, Display(Name = "诉求内容")] public string? Text { get; set; }
    [BindProperty] public string? Key { get; set; }

    public IReadOnlyList<(string Code, string Name)> Counties { get; private set; } = [];

    /// <summary>Set once the appeal is received: the page then shows the receipt instead of the form.</summary>
    public (string TrackingCode, string Number)? Receipt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Key = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Key = string.IsNullOrWhiteSpace(Key) || Key.Length > 64 ? Guid.NewGuid().ToString("N") : Key;
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct); // a value the form cannot carry, e.g. a checkbox that is not yes/no
            return Page();
        }
        var request = new PublicSubmitAppeal(Text, Type, null, County, Address, null, new RequesterInput(RequesterName, RequesterPhone, Confidential));
        try
        {
            var outcome = await handler.HandleAsync(request.ToIntake(), "page-" + Key, ct, keyScope: PublicSubmitAppeal.KeyScope);
            var appeal = await db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == outcome.Id)
                .Select(a => new { a.TrackingCode, a.Number }).FirstAsync(ct);
            Receipt = (appeal.TrackingCode, appeal.Number);
            return Page();
        }
        catch (FieldValidationException e)
        {
            ModelState.AddFieldErrors(e, FieldNames);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Counties = await Organisation.CountyOptions.LoadAsync(db, ct);
}
