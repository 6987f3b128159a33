using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Visits;

/// <summary>我的走访记录: the visits the signed-in officer recorded.</summary>
public sealed class IndexModel(VisitQueries visits) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<VisitDto> Result { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await PageNumbers.LoadAsync(PageNumber, 20, p => visits.OfOfficerAsync(User.Identity?.Name ?? "", p, ct));
}
