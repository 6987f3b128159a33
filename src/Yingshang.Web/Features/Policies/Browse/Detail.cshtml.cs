using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yingshang.Web.Features.Policies.Browse;

public sealed class DetailModel(PolicyQueries queries, IAuthorizationService authorization, TimeProvider clock, Platform.Persistence.AppDbContext db) : PageModel
{
    /// <summary>Department code → name, for the benefits' paying departments.</summary>
    public IReadOnlyDictionary<string, string> DepartmentNames { get; private set; } = new Dictionary<string, string>();

    public PolicyDetail Policy { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.DetailAsync(id, ct) is not { } policy) return NotFound();
        Policy = policy;
        var codes = policy.Benefits.Select(b => b.Department).OfType<string>().Distinct().ToList();
        DepartmentNames = await db.Departments.Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        Today = Platform.Time.ChinaTime.Today(clock);
        CanWrite = (await authorization.AuthorizeAsync(User, PoliciesModule.WritePolicy)).Succeeded;
        return Page();
    }
}
