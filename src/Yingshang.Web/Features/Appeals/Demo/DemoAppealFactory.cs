using System.Globalization;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Demo;

internal sealed record DemoUnit(int Id, string Code, string Name);

/// <summary>
/// A year of deterministic demo appeals (fixed seed) up to <c>end</c>, in the order received. Each appeal goes through the
/// entity's own steps at instants of the past year, so every deadline comes from the real SLA matrix and calendar; steps
/// that would fall after <c>end</c> are not taken, which leaves the recent appeals open (and some overdue).
/// </summary>
internal sealed partial class DemoAppealFactory(
    int seed, IReadOnlyList<DemoUnit> counties, IReadOnlyDictionary<string, DemoUnit> departments, WorkCalendar calendar,
    DateTimeOffset end, IReadOnlyDictionary<int, long>? numbersIssued = null)
{
    private const string TrackingAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private readonly Random _random = new(seed);
    private readonly DateTimeOffset _end = end;
    private readonly WorkCalendar _calendar = calendar;
    private readonly IReadOnlyDictionary<string, DemoUnit> _departments = departments;
    private readonly Dictionary<int, long> _numbers = new(numbersIssued ?? new Dictionary<int, long>());
    private readonly Dictionary<string, List<Appeal>> _survivors = new(StringComparer.Ordinal);

    /// <summary>The last number issued per year (Beijing time), for the case-number counters.</summary>
    public IReadOnlyDictionary<int, long> NumbersIssued => _numbers;

    public IEnumerable<Appeal> Create(int count)
    {
        var start = _end.AddDays(-365);
        var times = Enumerable.Range(0, count).Select(_ => Received(start)).Order().ToList();
        foreach (var t in times) yield return Simulate(t);
    }

    /// <summary>Saved appeals (with their ids) may be the survivors of later duplicates (并单).</summary>
    public void Saved(IEnumerable<Appeal> appeals)
    {
        foreach (var a in appeals.Where(a => a.Id > 0 && a.Status is not (AppealStatus.Merged or AppealStatus.Answered)))
        {
            var list = _survivors.TryGetValue(a.Category, out var l) ? l : _survivors[a.Category] = [];
            list.Add(a);
            if (list.Count > 40) list.RemoveAt(0);
        }
    }

    private DateTimeOffset Received(DateTimeOffset start)
    {
        var day = ChinaTime.ToLocal(start).Date.AddDays(_random.Next(0, 366));
        var hour = _random.NextDouble() < 0.78 ? _random.Next(8, 18) : _random.Next(0, 24);
        var local = new DateTimeOffset(day.AddHours(hour).AddMinutes(_random.Next(60)).AddSeconds(_random.Next(60)), ChinaTime.Offset);
        return local < start ? start.AddMinutes(_random.Next(1, 600)) : local > _end ? _end.AddMinutes(-_random.Next(1, 600)) : local;
    }

    private Appeal Simulate(DateTimeOffset t)
    {
        var topic = Weighted(DemoAppealTopics.All, x => x.Weight);
        var type = topic.Types[_random.Next(topic.Types.Length)];
        var urgency = type is AppealType.Help or AppealType.Complaint or AppealType.Report && _random.NextDouble() < 0.06
            ? AppealUrgency.Urgent : AppealUrgency.Normal;
        var county = counties[_random.Next(counties.Count)];
        var words = Words(county);
        var appeal = Appeal.Receive(new AppealIntake(Fill(topic.Texts[_random.Next(topic.Texts.Length)], words), type, urgency, Channel(topic),
                county.Id, $"{county.Name}{words["road"]}{_random.Next(1, 300)}号", topic.Category, Requester(), Phone(),
                _random.NextDouble() < 0.05, null, null), Number(t), Tracking(), Centre(t));
        if (type == AppealType.Consultation && _random.NextDouble() < 0.55)
        {
            var answered = t.AddMinutes(_random.Next(2, 15));
            if (answered <= _end) appeal.AnswerDirectly(Centre(answered), "已根据知识库答复诉求人：" + Fill(topic.Reply, words));
            return appeal;
        }
        t = t.AddMinutes(_random.Next(3, 90));
        if (t > _end) return appeal;
        if (_random.NextDouble() < 0.02 && _survivors.TryGetValue(topic.Category, out var same) && same.Count > 0)
        {
            appeal.MergeInto(Centre(t), same[_random.Next(same.Count)], "同一事项的重复诉求");
            return appeal;
        }
        var unit = Target(topic.Department, county);
        if (!Fits(t, 22)) return appeal;
        appeal.Dispatch(Centre(t), Describe(unit), SlaMatrix.Default(type, urgency));
        new Handling(this, appeal, topic, words, county).Run(t, unit);
        return appeal;
    }

    private DemoUnit Target(string code, DemoUnit county) =>
        _random.NextDouble() < 0.55 && _departments.TryGetValue($"{county.Code.ToLowerInvariant()}.{code}", out var local) ? local : _departments[code];

    private DispatchTarget Describe(DemoUnit unit)
    {
        if (_random.NextDouble() >= 0.08) return new DispatchTarget(unit.Id, unit.Name, []);
        var co = _departments[DemoAppealTopics.All[_random.Next(DemoAppealTopics.All.Length)].Department];
        return new DispatchTarget(unit.Id, unit.Name, co.Id == unit.Id ? [] : [(co.Id, co.Name)]);
    }

    /// <summary>Whether the calendar reaches <paramref name="workingDays"/> past <paramref name="from"/> (a deadline needs the year published).</summary>
    private bool Fits(DateTimeOffset from, int workingDays)
    {
        try
        {
            _calendar.AddWorkingDays(from, workingDays);
            return true;
        }
        catch (BusinessRuleException)
        {
            return false;
        }
    }

    /// <summary>Each department handles its appeals with its own steady quality (0.55–0.97), so the rankings differ.</summary>
    private static double Quality(string code)
    {
        var hash = 2166136261u;
        foreach (var ch in code) hash = (hash ^ ch) * 16777619u;
        return 0.55 + 0.42 * (hash % 1000) / 999.0;
    }

    private AppealContext Centre(DateTimeOffset t) => new("operator", "王话务", t, _calendar);

    private string Number(DateTimeOffset t)
    {
        var year = ChinaTime.ToLocal(t).Year;
        var next = _numbers[year] = _numbers.GetValueOrDefault(year) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"SFZ-APL-{year}-{next:D6}");
    }

    private string Tracking() => new([.. Enumerable.Range(0, 10).Select(_ => TrackingAlphabet[_random.Next(TrackingAlphabet.Length)])]);

    private string Requester() => DemoAppealTopics.Surnames[_random.Next(DemoAppealTopics.Surnames.Length)] + (_random.NextDouble() < 0.5 ? "先生" : "女士");

    private string Phone() => string.Create(CultureInfo.InvariantCulture, $"1{_random.Next(3, 10)}{_random.Next(0, 1_000_000_000):D9}");

    private AppealChannel Channel(DemoTopic topic) => topic.Texts.Any(x => x.Contains("{company}", StringComparison.Ordinal)) && _random.NextDouble() < 0.35
        ? (_random.NextDouble() < 0.6 ? AppealChannel.Enterprise : AppealChannel.Visit)
        : Weighted([(AppealChannel.Phone, 70), (AppealChannel.Web, 18), (AppealChannel.Api, 6), (AppealChannel.Open311, 4), (AppealChannel.Visit, 2)], x => x.Item2).Item1;

    private Dictionary<string, string> Words(DemoUnit county)
    {
        string Pick(string[] items) => items[_random.Next(items.Length)];
        return new(StringComparer.Ordinal)
        {
            ["road"] = Pick(DemoAppealTopics.Roads), ["road2"] = Pick(DemoAppealTopics.Roads), ["place"] = Pick(DemoAppealTopics.Places),
            ["estate"] = Pick(DemoAppealTopics.Estates), ["shop"] = Pick(DemoAppealTopics.Shops), ["company"] = county.Name[..2] + Pick(DemoAppealTopics.Companies),
            ["village"] = county.Name + Pick(DemoAppealTopics.Villages), ["school"] = county.Name + Pick(DemoAppealTopics.Schools),
            ["n"] = _random.Next(2, 40).ToString(CultureInfo.InvariantCulture), ["m"] = _random.Next(3, 90).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Fill(string template, Dictionary<string, string> words) =>
        words.Aggregate(template, (text, w) => text.Replace("{" + w.Key + "}", w.Value, StringComparison.Ordinal));

    private T Weighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = _random.Next(items.Sum(weight));
        foreach (var item in items)
            if ((roll -= weight(item)) < 0) return item;
        return items[^1];
    }

    private double Between(double low, double high) => low + (high - low) * _random.NextDouble();
}
