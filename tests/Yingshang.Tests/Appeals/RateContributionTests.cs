using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Rates;

namespace Yingshang.Tests.Appeals;

public sealed class RateContributionTests
{
    // Beijing 2026-03-31 23:30 is still March; 2026-03-31 16:30 UTC is already April in Beijing.
    private static readonly DateTime MarchEvening = new(2026, 3, 31, 15, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime AprilNight = new(2026, 3, 31, 16, 30, 0, DateTimeKind.Utc);

    private static AppealRateFacts Received(AppealStatus status = AppealStatus.Received) => new(
        status, RegionId: 7, LeadDepartmentId: null, ReceivedAt: MarchEvening, FirstDispatchedAt: null, SignedAt: null, SignDueAt: null,
        ContactedAt: null, ContactDueAt: null, RepliedAt: null, CloseDueAt: null, VisitResolved: null, Satisfaction: null, ReopenCount: 0);

    private static AppealRateFacts Dispatched() => Received(AppealStatus.Dispatched) with
    {
        LeadDepartmentId = 3, FirstDispatchedAt = AprilNight, SignDueAt = AprilNight.AddHours(2), ContactDueAt = AprilNight.AddHours(4),
        CloseDueAt = AprilNight.AddDays(10),
    };

    [Fact]
    public void A_call_counts_as_received_in_the_Beijing_month_it_came_in_for_no_department()
    {
        var parts = RateContribution.Of(Received()).ToList();
        parts.Count.ShouldBe(1);
        parts[0].Key.ShouldBe(new RateKey(202603, RateKey.NoDepartment, 7));
        parts[0].Counts.Values.ShouldBe(RateVector.Of(received: 1).Values);
    }

    [Fact]
    public void A_direct_answer_counts_as_answered()
    {
        RateContribution.Of(Received(AppealStatus.Answered)).Single().Counts.Values.ShouldBe(RateVector.Of(received: 1, answered: 1).Values);
    }

    [Fact]
    public void A_dispatched_appeal_counts_for_its_lead_in_the_month_of_its_first_dispatch()
    {
        var parts = RateContribution.Of(Dispatched()).ToList();
        parts.Select(p => p.Key).ShouldBe([new RateKey(202604, 3, 7), new RateKey(202603, RateKey.NoDepartment, 7)]);
        parts[0].Counts.Values.ShouldBe(RateVector.Of(dispatched: 1).Values);
    }

    [Fact]
    public void Steps_on_time_late_and_the_visit_fill_their_columns()
    {
        var facts = Dispatched() with
        {
            Status = AppealStatus.Visited, SignedAt = AprilNight.AddHours(2), ContactedAt = AprilNight.AddHours(5),
            RepliedAt = AprilNight.AddDays(3), VisitResolved = true, Satisfaction = 4,
        };
        RateContribution.Of(facts).First().Counts.Values.ShouldBe(RateVector.Of(dispatched: 1, signedCount: 1, signedOnTime: 1, contacted: 1,
            replied: 1, closedOnTime: 1, visited: 1, resolved: 1, rated: 1, basicSatisfied: 1, repliedOrReopened: 1).Values);
    }

    [Fact]
    public void A_reopened_appeal_counts_as_replied_or_reopened_even_before_its_new_reply()
    {
        var facts = Dispatched() with { Status = AppealStatus.Reopened, ReopenCount = 1, Satisfaction = 5, VisitResolved = false };
        RateContribution.Of(facts).First().Counts.Values.ShouldBe(RateVector.Of(dispatched: 1, visited: 1, rated: 1, satisfied: 1,
            repliedOrReopened: 1, reopened: 1).Values);
    }

    [Fact]
    public void A_merged_duplicate_counts_nowhere_and_an_approved_return_only_as_received()
    {
        RateContribution.Of(Dispatched() with { Status = AppealStatus.Merged }).ShouldBeEmpty();
        RateContribution.Of(Dispatched() with { Status = AppealStatus.Received, LeadDepartmentId = null }).Select(p => p.Key.DepartmentId)
            .ShouldBe([RateKey.NoDepartment]);
    }

    [Fact]
    public void A_change_is_the_difference_of_the_two_contributions()
    {
        var before = RateContribution.Of(Dispatched()).First().Counts;
        var after = RateContribution.Of(Dispatched() with { SignedAt = AprilNight.AddHours(3) }).First().Counts;
        (after - before).Values.ShouldBe(RateVector.Of(signedCount: 1).Values, "signed, but after its deadline");
    }

    [Fact]
    public void Assignments_and_approved_returns_count_for_the_step_department_other_steps_not_at_all()
    {
        RateContribution.OfStep(AppealAction.Reassign, AprilNight, 5, 7)!.Value.ShouldBe((new RateKey(202604, 5, 7), RateVector.Of(assignments: 1)),
            new StepComparer());
        RateContribution.OfStep(AppealAction.ApproveReturn, MarchEvening, null, 7)!.Value.Key.ShouldBe(new RateKey(202603, RateKey.NoDepartment, 7));
        RateContribution.OfStep(AppealAction.ApproveReturn, MarchEvening, 5, 7)!.Value.Counts.Returns.ShouldBe(1);
        RateContribution.OfStep(AppealAction.Sign, MarchEvening, 5, 7).ShouldBeNull();
        RateContribution.OfStep(AppealAction.Return, MarchEvening, 5, 7).ShouldBeNull();
    }

    private sealed class StepComparer : IEqualityComparer<(RateKey Key, RateVector Counts)>
    {
        public bool Equals((RateKey Key, RateVector Counts) x, (RateKey Key, RateVector Counts) y) =>
            x.Key == y.Key && x.Counts.Values.SequenceEqual(y.Counts.Values);

        public int GetHashCode((RateKey Key, RateVector Counts) obj) => obj.Key.GetHashCode();
    }
}
