using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Served;

public sealed class IndexModel(ServedEnterprises served) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ServedEnterprise> Result { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await PageNumbers.LoadAsync(PageNumber, 20, p => served.PageAsync(Q, p, ct));
}
