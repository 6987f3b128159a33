using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Visits;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Enterprises.Service;

public sealed record ServiceSectionView(
    string Uscc, IReadOnlyList<OfficerTerm> Terms, bool MayAssign, IReadOnlyList<OfficerCandidate> Candidates, bool MayRecord,
    PagedResult<VisitDto> Visits);

/// <summary>一企一档: the 首席服务员 (current and earlier), the assign control for the office, and the enterprise's visits.</summary>
internal sealed class ServiceSection(ServiceOfficers officers, VisitQueries visits, ICurrentUser user) : IEnterpriseProfileSection
{
    public string Title => "首席服务员与联企走访";

    public int Order => 500;

    public async Task<ProfileSectionContent?> BuildAsync(EnterpriseFacts enterprise, CancellationToken ct)
    {
        var mayAssign = ServiceOfficers.MayAssign(user);
        var view = new ServiceSectionView(enterprise.Uscc, await officers.HistoryAsync(enterprise.Uscc, ct), mayAssign,
            mayAssign ? await officers.CandidatesAsync(ct) : [], await officers.MayServeAsync(enterprise.Uscc, ct),
            await visits.OfEnterpriseAsync(enterprise.Uscc, new PageRequest(1, 20), ct));
        return new ProfileSectionContent("/Features/Enterprises/Service/_ServiceSection.cshtml", view);
    }
}
