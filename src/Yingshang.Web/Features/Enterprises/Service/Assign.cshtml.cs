using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Enterprises.Service;

/// <summary>指定首席服务员 (the control on the 一企一档 page posts here; on an error this page shows the form again).</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Supervisor)]
public sealed class AssignModel(EnterpriseProfileLookup lookup, ServiceOfficers officers, AssignOfficerHandler handler) : PageModel
{
    [BindProperty, Display(Name = "首席服务员")] public string? UserName { get; set; }
    [BindProperty, Display(Name = "备注")] public string? Note { get; set; }

    public EnterpriseProfileLookup.Found Enterprise { get; private set; } = null!;
    public IReadOnlyList<OfficerTerm> Terms { get; private set; } = [];
    public IReadOnlyList<OfficerCandidate> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string uscc, CancellationToken ct)
    {
        if (!await LoadAsync(uscc, ct)) return NotFound();
        UserName = Terms.FirstOrDefault(t => t.To is null)?.UserName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string uscc, CancellationToken ct)
    {
        if (!await LoadAsync(uscc, ct)) return NotFound();
        try
        {
            await handler.HandleAsync(Enterprise.Uscc, new AssignOfficer(UserName, Note), ct);
            TempData["Message"] = "首席服务员已保存。";
            return Redirect($"/Enterprises/{Enterprise.Uscc}");
        }
        catch (FieldValidationException e)
        {
            ModelState.AddModelError(e.Field == "note" ? nameof(Note) : nameof(UserName), e.Message);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(nameof(UserName), e.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "该企业的首席服务员在您打开本页之后已由他人指定，请查看下方最新记录后再保存。");
            Terms = await officers.HistoryAsync(Enterprise.Uscc, ct);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string uscc, CancellationToken ct)
    {
        if (!Contracts.Uscc.IsValid(uscc) || await lookup.FindDetailsAsync(uscc, ct) is not { } found) return false;
        Enterprise = found;
        Terms = await officers.HistoryAsync(found.Uscc, ct);
        Candidates = await officers.CandidatesAsync(ct);
        return true;
    }
}
