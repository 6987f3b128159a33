using Yingshang.Tests.Time;
using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Demo;

namespace Yingshang.Tests.Appeals;

public sealed class DemoAppealFactoryTests
{
    private static readonly DateTimeOffset End = HolidayData.Beijing(2026, 11, 27, 9);

    [Fact]
    public void The_same_seed_gives_the_same_year_of_appeals()
    {
        var first = Describe(Generate(12345, 400));
        var second = Describe(Generate(12345, 400));
        second.ShouldBe(first);
        Describe(Generate(7, 400)).ShouldNotBe(first);
    }

    [Fact]
    public void The_demo_year_covers_every_type_channel_and_outcome_and_ends_at_now()
    {
        var appeals = Generate(12345, 1500);
        appeals.Select(a => a.Type).Distinct().Count().ShouldBe(Enum.GetValues<AppealType>().Length);
        appeals.Select(a => a.Channel).Distinct().Count().ShouldBe(Enum.GetValues<AppealChannel>().Length);
        appeals.Select(a => a.Urgency).Distinct().Count().ShouldBe(2);
        foreach (var status in new[] { AppealStatus.Answered, AppealStatus.Visited, AppealStatus.Dispatched, AppealStatus.Signed })
            appeals.ShouldContain(a => a.Status == status, status.ToString());
        appeals.ShouldContain(a => a.ReopenCount > 0);
        appeals.ShouldContain(a => a.ReturnCount > 0);
        appeals.ShouldContain(a => a.Extension == ExtensionState.Approved);
        appeals.ShouldContain(a => a.Pauses.Count > 0);
        appeals.ShouldContain(a => a.SignedAt > a.SignDueAt);
        appeals.SelectMany(a => a.Events).Max(e => e.At).ShouldBeLessThanOrEqualTo(End.UtcDateTime);
        appeals.Select(a => a.Number).Distinct().Count().ShouldBe(appeals.Count);
        appeals.Select(a => a.Satisfaction).Where(s => s is not null).Distinct().Count().ShouldBe(5);
    }

    private static List<Appeal> Generate(int seed, int count)
    {
        var id = 0;
        var counties = new[] { "SFS", "DCX", "XSX" }.Select(c => new DemoUnit(++id, c, c + "县")).ToList();
        var departments = DemoAppealTopics.All.Select(t => t.Department).Distinct()
            .SelectMany(d => counties.Select(c => $"{c.Code.ToLowerInvariant()}.{d}").Prepend(d))
            .ToDictionary(d => d, d => new DemoUnit(++id, d, d), StringComparer.Ordinal);
        return [.. new DemoAppealFactory(seed, counties, departments, HolidayData.Calendar, End).Create(count)];
    }

    private static List<string> Describe(IEnumerable<Appeal> appeals) =>
        [.. appeals.Select(a => $"{a.Number}|{a.Status}|{a.Type}|{a.Content}|{a.LeadDepartmentId}|{a.DispatchedAt:O}|{a.SignedAt:O}|{a.Satisfaction}|{a.Events.Count}")];
}
