using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Admin.Notifications;

public sealed class IndexModel(NotificationList list, AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public PagedResult<NotificationRow> Result { get; private set; } = new([], 0, 1, PageSize);

    private NotificationFilter Filter => new(Status, Channel, From, To);

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken ct)
    {
        if (!FiltersAreValid()) return;
        try
        {
            Result = await PageNumbers.LoadAsync(page, PageSize, p => list.ListAsync(Filter, p, ct));
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "channel" ? nameof(Channel) : nameof(Status), e.Message);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!FiltersAreValid()) return Redirect(QueryLinks.With(Request, ("handler", null)));
        int total;
        try
        {
            total = await list.CountAsync(Filter, ct);
        }
        catch (FieldValidationException)
        {
            return Redirect(QueryLinks.With(Request, ("handler", null))); // the list shows the filter's error
        }
        if (ExcelExport.Refuses(this, total)) return ExcelExport.BackToList(this);
        var rows = await list.AllAsync(Filter, ct);
        audit.Record("export", nameof(OutboxMessage), "list", JsonSerializer.Serialize(new { Status, Channel, From, To, Rows = total }));
        await db.SaveChangesAsync(ct);
        return File(await ExcelExport.ToXlsxAsync(rows.Select(NotificationExportRow.From), "通知", ct), ExcelExport.ContentType,
            ExcelExport.FileName("通知发送", clock));
    }

    /// <summary>"重试": a failed message goes back to the queue; the list reloads as it was (Post/Redirect/Get).</summary>
    public async Task<IActionResult> OnPostRetryAsync([FromQuery] int id, CancellationToken ct)
    {
        var message = await db.Outbox.FindAsync([id], ct);
        if (message is null) return NotFound();
        try
        {
            message.Retry(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            TempData["Done"] = $"第 {id} 条通知已重新排队，将在下一轮发送。";
        }
        catch (BusinessRuleException e)
        {
            TempData["Error"] = e.Message;
        }
        return Redirect(QueryLinks.With(Request, ("handler", null), ("id", null)));
    }

    private bool FiltersAreValid()
    {
        foreach (var field in new[] { nameof(From), nameof(To) })
        {
            if (ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid) continue;
            ModelState.Remove(field);
            ModelState.AddModelError(field, "日期格式应为 年-月-日，例如 2026-01-05");
        }
        if (From is { } from && To is { } to && to < from)
            ModelState.AddModelError(nameof(To), "截止日期不能早于起始日期");
        if (Status is { Length: > 0 } && !Enum.TryParse<OutboxStatus>(Status, ignoreCase: true, out _))
            ModelState.AddModelError(nameof(Status), "请选择列表中的状态");
        if (Channel is { Length: > 0 } && !Enum.TryParse<NotificationChannel>(Channel, ignoreCase: true, out _))
            ModelState.AddModelError(nameof(Channel), "请选择列表中的渠道");
        return ModelState.IsValid;
    }
}
