namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>The columns of one appeal the roll-up depends on (as stored, or as about to be stored).</summary>
public sealed record AppealRateFacts(
    AppealStatus Status, int RegionId, int? LeadDepartmentId, DateTime ReceivedAt, DateTime? FirstDispatchedAt,
    DateTime? SignedAt, DateTime? SignDueAt, DateTime? ContactedAt, DateTime? ContactDueAt, DateTime? RepliedAt, DateTime? CloseDueAt,
    bool? VisitResolved, int? Satisfaction, int ReopenCount);

/// <summary>
/// What one appeal, or one of its steps, adds to the roll-up: the static parts of the definitions in README.md ("Rates"),
/// the same expressions as the rebuild's SQL (<see cref="RateRollupBuilder"/>). The delta of a change is
/// <c>Of(current) − Of(original)</c>.
/// </summary>
public static class RateContribution
{
    public static IEnumerable<(RateKey Key, RateVector Counts)> Of(AppealRateFacts a)
    {
        if (a.Status == AppealStatus.Merged) yield break;
        if (a.FirstDispatchedAt is { } first && a.LeadDepartmentId is { } lead)
        {
            yield return (new RateKey(RateKey.MonthOf(first), lead, a.RegionId), RateVector.Of(
                dispatched: 1,
                signedCount: Flag(a.SignedAt != null), signedOnTime: Flag(a.SignedAt <= a.SignDueAt),
                contacted: Flag(a.ContactedAt != null), contactedOnTime: Flag(a.ContactedAt <= a.ContactDueAt),
                replied: Flag(a.RepliedAt != null), closedOnTime: Flag(a.RepliedAt <= a.CloseDueAt),
                visited: Flag(a.VisitResolved != null), resolved: Flag(a.VisitResolved == true),
                rated: Flag(a.Satisfaction != null), satisfied: Flag(a.Satisfaction == 5), basicSatisfied: Flag(a.Satisfaction == 4),
                repliedOrReopened: Flag(a.ReopenCount > 0 || a.RepliedAt != null), reopened: Flag(a.ReopenCount > 0)));
        }
        yield return (new RateKey(RateKey.MonthOf(a.ReceivedAt), RateKey.NoDepartment, a.RegionId),
            RateVector.Of(received: 1, answered: Flag(a.Status == AppealStatus.Answered)));
    }

    /// <summary>An assignment (派单, 改派) or an approved return, for the step's own department and the appeal's county.</summary>
    public static (RateKey Key, RateVector Counts)? OfStep(AppealAction action, DateTime at, int? departmentId, int regionId)
    {
        var counts = action switch
        {
            AppealAction.Dispatch or AppealAction.Reassign => RateVector.Of(assignments: 1),
            AppealAction.ApproveReturn => RateVector.Of(returns: 1),
            _ => null,
        };
        return counts is null ? null : (new RateKey(RateKey.MonthOf(at), departmentId ?? RateKey.NoDepartment, regionId), counts);
    }

    private static int Flag(bool value) => value ? 1 : 0;
}
