using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Policies.MyBenefits;

public sealed class IndexModel(GrantQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public PagedResult<GrantListItem> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Status) && GrantTitles.ParseStatus(Status) is null) Status = null; // an unknown status shows everything
        Result = await PageNumbers.LoadAsync(PageNumber, 50, p => queries.PageAsync(new GrantFilter(Status, null, null), GrantWorkflow.UsccOf(User) ?? "-", p, ct));
    }
}
