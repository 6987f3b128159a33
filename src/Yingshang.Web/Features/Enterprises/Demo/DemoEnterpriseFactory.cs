using Yingshang.Web.Features.Enterprises.Contracts;
using static Yingshang.Web.Features.Enterprises.Demo.DemoNames;

namespace Yingshang.Web.Features.Enterprises.Demo;

/// <summary>Deterministic demo enterprises (fixed seed): mostly micro and small, some unknown facts, a few flagged.</summary>
internal sealed class DemoEnterpriseFactory(IReadOnlyList<(int Id, string Name)> counties)
{
    // 示范州 is fictional; its division codes borrow the 5329xx range (prefecture 532900, county-level 532901, 532922–).
    private static readonly string[] Divisions = ["532901", "532922", "532923", "532924", "532925", "532926", "532927", "532928"];

    private readonly Random _random = new(2026);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IEnumerable<EnterpriseData> Create(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var roll = _random.NextDouble();
            yield return roll < 0.72 ? Company() : roll < 0.93 ? Shop() : Cooperative();
        }
    }

    private EnterpriseData Company()
    {
        var (code, word, _) = Weighted(EnterpriseIndustries);
        var county = County();
        var prefix = _random.NextDouble() < 0.4 ? "示范州" : counties[county].Name;
        var name = Unique(() => $"{prefix}{Pick(TradeNames)}{word}{Pick(CompanySuffixes)}");
        var employees = _random.NextDouble() switch
        {
            < 0.68 => _random.Next(1, 20), < 0.90 => _random.Next(20, 100), < 0.985 => _random.Next(100, 300), _ => _random.Next(300, 1600),
        };
        var revenue = employees * _random.Next(150_000, 900_000) * (decimal)(0.5 + _random.NextDouble());
        var established = Date(1995, 2025);
        var data = Common('1', county, code, established, employees, revenue) with
        {
            Name = name, RegisteredCapital = Maybe(0.05, () => (decimal?)(_random.Next(1, 500) * 100_000)), Tags = CompanyTags(code, revenue),
        };
        return data;
    }

    private EnterpriseData Shop()
    {
        var (code, shop) = Pick(ShopIndustries);
        var county = County();
        var name = Unique(() => $"{counties[county].Name}{Pick(Streets)}{Pick(ShopOwners)}{shop}");
        var employees = _random.Next(1, 9);
        var revenue = (decimal)_random.Next(50_000, 1_500_000);
        var data = Common('2', county, code, Date(2005, 2025), employees, revenue);
        return data with { Name = name, TaxCredit = Maybe(0.6, () => data.TaxCredit), Tags = _random.NextDouble() < 0.01 ? [EnterpriseTags.IndividualToCompany] : [] };
    }

    private EnterpriseData Cooperative()
    {
        var (code, product) = Pick(CooperativeProducts);
        var county = County();
        var name = Unique(() => $"{counties[county].Name}{Pick(Villages)}{product}农民专业合作社");
        var data = Common('3', county, code, Date(2008, 2025), _random.Next(3, 41), (decimal)_random.Next(100_000, 8_000_000));
        return data with
        {
            Name = name, RegisteredCapital = (decimal)(_random.Next(1, 100) * 10_000),
            Tags = _random.NextDouble() < 0.04 ? [EnterpriseTags.AgriculturalLeader] : [],
        };
    }

    private EnterpriseData Common(char category, int county, string industry, DateOnly established, int employees, decimal revenue)
    {
        var division = Divisions[county % Divisions.Length];
        var uscc = Unique(() => DemoUscc.Create(_random, category, division, established.Year >= 2016), _codes);
        revenue = decimal.Round(revenue, 2);
        return new EnterpriseData
        {
            Uscc = uscc,
            CountyId = Maybe(0.02, () => (int?)counties[county].Id),
            IndustryCode = Maybe(0.04, () => industry),
            Established = Maybe(0.03, () => (DateOnly?)established),
            Employees = Maybe(0.06, () => (int?)employees),
            InsuredEmployees = Maybe(0.15, () => (int?)Math.Max(0, (int)(employees * (0.4 + 0.6 * _random.NextDouble())))),
            Revenue = Maybe(0.10, () => (decimal?)revenue),
            TaxPaid = Maybe(0.12, () => (decimal?)decimal.Round(revenue * (decimal)(0.01 + 0.05 * _random.NextDouble()), 2)),
            TaxCredit = Maybe(0.15, () => (TaxCreditGrade?)Weighted([(TaxCreditGrade.A, 25), (TaxCreditGrade.B, 45), (TaxCreditGrade.M, 15), (TaxCreditGrade.C, 10), (TaxCreditGrade.D, 5)])),
            Abnormal = Maybe(0.05, () => (bool?)(_random.NextDouble() < 0.03)),
            Dishonest = Maybe(0.05, () => (bool?)(_random.NextDouble() < 0.005)),
            RiskClass = Maybe(0.03, () => (CreditRiskClass?)Weighted([(CreditRiskClass.A, 45), (CreditRiskClass.B, 40), (CreditRiskClass.C, 11), (CreditRiskClass.D, 4)])),
        };
    }

    private List<string> CompanyTags(string industry, decimal revenue)
    {
        var tags = new List<string>();
        var tech = industry[0] is 'C' or 'I' or 'M' or 'D';
        if (_random.NextDouble() < (tech ? 0.14 : 0.01)) tags.Add(EnterpriseTags.HighTech);
        if (_random.NextDouble() < (tech ? 0.12 : 0.02)) tags.Add(EnterpriseTags.TechSme);
        if (_random.NextDouble() < (tech ? 0.05 : 0.005))
        {
            tags.Add(EnterpriseTags.Specialised);
            if (_random.NextDouble() < 0.2) tags.Add(EnterpriseTags.LittleGiant);
        }
        if (_random.NextDouble() < 0.015) tags.Add(EnterpriseTags.Gazelle);
        if (_random.NextDouble() < 0.02) tags.Add(EnterpriseTags.ForeignInvested);
        if (_random.NextDouble() < 0.03) tags.Add(EnterpriseTags.IndividualToCompany);
        if (industry[0] is 'B' or 'C' or 'D' && revenue >= 20_000_000m) tags.Add(EnterpriseTags.AboveScale);
        return tags;
    }

    private int County() => _random.NextDouble() < 0.3 ? 0 : _random.Next(counties.Count);

    private DateOnly Date(int fromYear, int toYear) =>
        new DateOnly(fromYear, 1, 1).AddDays(_random.Next((new DateOnly(toYear, 12, 31).DayNumber - new DateOnly(fromYear, 1, 1).DayNumber) + 1));

    /// <summary>The value, or unknown with probability <paramref name="unknown"/>.</summary>
    private T? Maybe<T>(double unknown, Func<T?> value) => _random.NextDouble() < unknown ? default : value();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = _random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
            if ((roll -= weight) < 0) return item;
        return items[^1].Item;
    }

    private (string, string, int) Weighted((string Code, string Word, int Weight)[] items) =>
        Weighted(items.Select(i => ((i.Code, i.Word, i.Weight), i.Weight)).ToList());

    private string Unique(Func<string> make, HashSet<string>? seen = null)
    {
        seen ??= _names;
        for (var attempt = 0; ; attempt++)
        {
            var candidate = make();
            if (attempt >= 20) candidate += $"（{attempt}）";
            if (seen.Add(candidate)) return candidate;
        }
    }
}
