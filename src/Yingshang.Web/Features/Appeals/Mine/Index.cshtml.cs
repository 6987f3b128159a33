using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Appeals.List;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Mine;

[Authorize(Policy = AppealsModule.EnterprisePolicy)]
public sealed class IndexModel(MyAppeals appeals) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<AppealListItem> Result { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await PageNumbers.LoadAsync(PageNumber, 20, p => appeals.PageAsync(null, p, ct));
}
