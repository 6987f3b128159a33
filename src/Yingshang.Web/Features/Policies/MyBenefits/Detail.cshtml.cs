using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MyBenefits;

public sealed class DetailModel(GrantWorkflow workflow) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Act { get; set; }
    [BindProperty] public string? BankName { get; set; }
    [BindProperty] public string? AccountName { get; set; }
    [BindProperty] public string? AccountNumber { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];
    [TempData] public string? Message { get; set; }

    public GrantBody? Grant { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grant = await workflow.ForEnterpriseAsync(User, Id, ct);
        if (grant is null) return NotFound();
        Grant = GrantQueries.ToBody(grant);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var grant = await workflow.ForEnterpriseAsync(User, Id, ct);
        if (grant is null) return NotFound();
        try
        {
            switch (Act)
            {
                case "confirm": await workflow.ConfirmAsync(grant, new BankAccount(BankName, AccountName, AccountNumber), ct); break;
                case "supplement": await workflow.SupplementAsync(grant, Values, ct); break;
                default: await workflow.DeclineAsync(grant, Reason, ct); break;
            }
        }
        catch (Exception e) when (ModelState.TryAddDomainError(e, GetType(), ""))
        {
            Grant = GrantQueries.ToBody((await workflow.StoredForEnterpriseAsync(User, Id, ct))!);
            return Page();
        }
        Message = grant.Status switch
        {
            GrantStatus.Confirmed => "已确认，等待兑现部门审批。",
            GrantStatus.Notified => "补充的数据经重新评估符合条件，请确认享受。",
            GrantStatus.Ineligible => "补充的数据经重新评估不符合条件。",
            GrantStatus.AwaitingData => "已保存，仍有数据缺失，请继续补充。",
            _ => "已提交。",
        };
        return Redirect($"/Policies/MyBenefits/{Id}");
    }
}
