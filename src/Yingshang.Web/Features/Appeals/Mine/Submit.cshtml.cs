using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Web;
using Yingshang.Web.Features.Appeals.Intake;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Mine;

/// <summary>企业用户 submits an appeal on channel <c>enterprise</c>; the enterprise is the account's, the county prefilled from the register.</summary>
[Authorize(Policy = AppealsModule.EnterprisePolicy)]
public sealed class SubmitModel(SubmitAppealHandler handler, EnterpriseLink link, AppDbContext db) : PageModel
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["content"] = nameof(Text), ["type"] = nameof(Type), ["county"] = nameof(County), ["address"] = nameof(Address),
        ["category"] = nameof(Category), ["requester.name"] = nameof(ContactName), ["requester.phone"] = nameof(ContactPhone),
    };

    [BindProperty, Display(Name = "诉求类型")] public string? Type { get; set; } = "求助";
    [BindProperty, Display(Name = "诉求分类")] public string? Category { get; set; }
    [BindProperty, Display(Name = "诉求内容")] public string? Text { get; set; }
    [BindProperty, Display(Name = "所在县市")] public string? County { get; set; }
    [BindProperty, Display(Name = "详细地址")] public string? Address { get; set; }
    [BindProperty, Display(Name = "联系人")] public string? ContactName { get; set; }
    [BindProperty, Display(Name = "联系电话")] public string? ContactPhone { get; set; }
    [BindProperty] public string? Key { get; set; }

    public string EnterpriseName { get; private set; } = "";
    public IReadOnlyList<(string Code, string Name)> Counties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Key = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
        var contact = await link.ContactAsync(ct);
        ContactPhone = contact.Phone;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Key = string.IsNullOrWhiteSpace(Key) || Key.Length > 64 ? Guid.NewGuid().ToString("N") : Key;
        var request = new SubmitAppeal(Text, Type, "一般", AppealChannel.Enterprise.Code(), County, Address, Category,
            new RequesterInput(ContactName, ContactPhone));
        try
        {
            var outcome = await handler.HandleAsync(request, "enterprise-page-" + Key, ct);
            TempData["Message"] = "诉求已提交，我们将尽快派至承办部门办理。";
            return RedirectToPage("Detail", new { id = outcome.Id });
        }
        catch (FieldValidationException e)
        {
            ModelState.AddFieldErrors(e, FieldNames);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await LoadAsync(ct, keepCounty: true);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct, bool keepCounty = false)
    {
        Counties = await Organisation.CountyOptions.LoadAsync(db, ct);
        var enterprise = await link.ResolveAsync(AppealChannel.Enterprise, null, ct);
        EnterpriseName = enterprise?.Name ?? "";
        if (!keepCounty) County = Counties.FirstOrDefault(r => r.Name == enterprise?.County).Code;
    }
}
