using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Grants;

public sealed class DetailModel(GrantWorkflow workflow, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Act { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public decimal? Amount { get; set; }
    [BindProperty] public string? Voucher { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public int PaymentId { get; set; }
    [TempData] public string? Message { get; set; }

    public GrantBody? Grant { get; private set; }
    public DateOnly Today => ChinaTime.Today(clock);
    public bool CanApprove => PoliciesModule.ApproveRoles.Any(User.IsInRole);
    public bool CanPay => PoliciesModule.PayRoles.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grant = await workflow.ForStaffAsync(Id, ct);
        if (grant is null) return NotFound();
        Grant = GrantQueries.ToStaffBody(grant, User);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var grant = await workflow.ForStaffAsync(Id, ct);
        if (grant is null) return NotFound();
        var allowed = Act is "approve" or "reject" ? CanApprove : Act is "pay" or "paid" or "returned" && CanPay;
        if (!allowed) return Forbid();
        try
        {
            switch (Act)
            {
                case "approve": await workflow.ApproveAsync(grant, Note, ct); break;
                case "reject": await workflow.RejectAsync(grant, Reason, ct); break;
                case "pay": await workflow.RecordPaymentAsync(grant, Amount ?? 0, Voucher, Date ?? Today, ct); break;
                case "paid": await workflow.MarkPaidAsync(grant, PaymentId, Date ?? Today, ct); break;
                default: await workflow.MarkReturnedAsync(grant, PaymentId, Reason, ct); break;
            }
        }
        catch (Exception e) when (ModelState.TryAddDomainError(e, GetType(), ""))
        {
            Grant = GrantQueries.ToStaffBody((await workflow.StoredForStaffAsync(Id, ct))!, User);
            return Page();
        }
        Message = "已保存。";
        return Redirect($"/Policies/Grants/{Id}");
    }
}
