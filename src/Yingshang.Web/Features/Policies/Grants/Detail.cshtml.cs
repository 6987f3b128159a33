using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Time;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.Grants;

public sealed class DetailModel(GrantWorkflow workflow, TimeProvider clock, Platform.Persistence.AppDbContext db) : PageModel
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
    /// <summary>The department that approves and pays, named for whoever reads a case they cannot act on.</summary>
    public string PayingDepartment { get; private set; } = "";
    public DateOnly Today => ChinaTime.Today(clock);
    public bool CanApprove => PoliciesModule.ApproveRoles.Any(User.IsInRole);
    public bool CanPay => PoliciesModule.PayRoles.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grant = await workflow.ForStaffAsync(Id, ct);
        if (grant is null) return NotFound();
        await ShowAsync(grant, ct);
        return Page();
    }

    private async Task ShowAsync(Grant grant, CancellationToken ct)
    {
        Grant = GrantQueries.ToStaffBody(grant, User);
        PayingDepartment = await db.Departments.Where(d => d.Id == grant.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct) ?? "兑现部门";
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
            await ShowAsync((await workflow.StoredForStaffAsync(Id, ct))!, ct);
            return Page();
        }
        Message = Act switch
        {
            "approve" => "已审批通过，可登记支付。",
            "reject" => "已不予通过，企业将收到通知。",
            "pay" => $"已登记支付（待支付），凭证号 {Voucher?.Trim()}。",
            "paid" => "已标记为已支付。",
            _ => "已标记为已退回，可重新登记支付。",
        };
        return Redirect($"/Policies/Grants/{Id}");
    }
}
