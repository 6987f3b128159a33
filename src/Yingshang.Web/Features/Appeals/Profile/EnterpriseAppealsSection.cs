using Yingshang.Web.Features.Appeals.List;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Profile;

public sealed record EnterpriseAppealsView(string Uscc, PagedResult<AppealListItem> Appeals);

/// <summary>一企一档: the enterprise's appeals with their status, as far as the reader's department scope allows.</summary>
internal sealed class EnterpriseAppealsSection(AppealList list, Platform.Security.ICurrentUser user) : IEnterpriseProfileSection
{
    public string Title => "企业诉求";

    public int Order => 100;

    public async Task<ProfileSectionContent?> BuildAsync(EnterpriseFacts enterprise, CancellationToken ct)
    {
        if (!AppealsModule.ReaderRoles.Any(user.IsInRole)) return null;
        var page = await list.PageAsync(new AppealFilter(Enterprise: enterprise.Uscc), new PageRequest(1, 20), ct);
        return new ProfileSectionContent("/Features/Appeals/Profile/_EnterpriseAppeals.cshtml", new EnterpriseAppealsView(enterprise.Uscc, page));
    }
}
