using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Web.Features.Enterprises.Profile;

public sealed class IndexModel(EnterpriseProfile profile, IEnumerable<IEnterpriseProfileSection> sections) : PageModel
{
    public EnterpriseDetails Enterprise { get; private set; } = null!;
    public List<(string Title, ProfileSectionContent Content)> Sections { get; } = [];

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string uscc, CancellationToken ct)
    {
        if (!Uscc.IsValid(uscc)) return NotFound();
        var details = await profile.FindAsync(uscc, ct);
        if (details is null) return NotFound();
        Enterprise = details;
        foreach (var section in sections.OrderBy(s => s.Order))
            if (await section.BuildAsync(details, ct) is { } content)
                Sections.Add((section.Title, content));
        return Page();
    }
}
