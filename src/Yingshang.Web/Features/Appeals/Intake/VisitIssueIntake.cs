using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Contracts;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Intake;

/// <summary>Submits an issue of a 联企走访 as an appeal on channel <c>visit</c> (the visit's slice has checked the officer).</summary>
internal sealed class VisitIssueIntake(SubmitAppealHandler handler, AppDbContext db) : IEnterpriseAppealIntake
{
    public async Task<SubmittedAppeal> SubmitVisitIssueAsync(VisitIssueAppeal issue, CancellationToken ct)
    {
        var request = new SubmitAppeal(issue.Content, issue.Type, "一般", AppealChannel.Visit.Code(), issue.County, issue.Address,
            issue.Category, new RequesterInput(issue.RequesterName, issue.RequesterPhone), issue.Uscc);
        // The officer receives it, not "system" when the system files it (demo data).
        var outcome = await handler.HandleAsync(request, null, ct, new AppealActor(issue.OfficerUserName, issue.OfficerName));
        var number = await db.Appeals.IgnoreQueryFilters().Where(a => a.Id == outcome.Id).Select(a => a.Number).FirstAsync(ct);
        return new SubmittedAppeal(outcome.Id, number);
    }
}
