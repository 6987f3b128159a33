using Yingshang.Eligibility.Data;

namespace Yingshang.Benchmarks;

/// <summary>
/// A register shaped like a prefecture's: about 65 % 个体工商户, many micro entities, long-tailed money,
/// and 5–20 % of each financial field missing (a different rate per field).
/// </summary>
internal sealed class RegisterGenerator(int seed)
{
    private static readonly string[] Counties = ["示范市", "东城县", "西山县", "南河县", "北岭县", "清水县", "石门县", "云台县"];
    private static readonly string[] Industries =
    [
        "F5211", "F5212", "F5261", "F5271", "H6210", "H6220", "O8010", "O8020", "O8090", "E4890", "F5191", "F5175",
        "A0111", "A0141", "A0311", "C1311", "C1391", "C1713", "C1830", "C2110", "C2651", "C3011", "C3130", "C3311",
        "C3484", "C3670", "C3831", "C3911", "C3912", "C3969", "C4011", "D4411", "G5430", "G5821", "I6311", "I6510",
        "I6520", "L7211", "M7320", "M7491", "N7721", "P8331", "Q8411", "R8610", "K7010", "J6621",
    ];

    private static readonly string[] Tags = ["高新技术企业", "专精特新", "科技型中小企业", "小巨人", "规上企业", "外贸企业", "个转企", "创新型中小企业"];
    private readonly Random _random = new(seed);
    private readonly double[] _missing = Enumerable.Range(0, 5).Select(i => 0.05 + 0.0375 * i).ToArray();

    public List<EnterpriseFacts> Generate(int count)
    {
        var list = new List<EnterpriseFacts>(count);
        for (var i = 0; i < count; i++) list.Add(Next());
        return list;
    }

    private EnterpriseFacts Next()
    {
        var roll = _random.NextDouble();
        var kind = roll < 0.65 ? "个体工商户" : roll < 0.96 ? "企业" : "农民专业合作社";
        var company = kind == "企业";
        var employees = company ? (int)Math.Min(5000, LogNormal(2.3, 1.3)) : _random.Next(1, 8);
        var revenue = Math.Round((decimal)LogNormal(company ? 15.0 : 12.0, 1.6), 2);
        var established = new DateOnly(1995, 1, 1).AddDays(_random.Next(0, 11600));
        return new EnterpriseFacts
        {
            Kind = kind,
            County = Counties[Skewed(Counties.Length)],
            Industry = _random.NextDouble() < 0.01 ? null : Industries[Skewed(Industries.Length)],
            Established = _random.NextDouble() < 0.02 ? null : established,
            RegisteredCapital = Missing(0) ? null : Math.Round((decimal)LogNormal(company ? 14.0 : 10.5, 1.4), 0),
            Employees = Missing(1) ? null : employees,
            InsuredEmployees = Missing(2) ? null : (int)(employees * _random.NextDouble()),
            Revenue = Missing(3) ? null : revenue,
            TaxPaid = Missing(4) ? null : Math.Round(revenue * (decimal)(_random.NextDouble() * 0.06), 2),
            TaxCredit = _random.NextDouble() < 0.1 ? null : Pick(["A", "B", "B", "M", "M", "C", "D"]),
            Size = Size(company, employees, revenue),
            Tags = company ? Tags.Where((_, i) => _random.NextDouble() < 0.25 / (i + 1)).ToArray() : [],
            Abnormal = _random.NextDouble() < 0.05 ? null : _random.NextDouble() < 0.04,
            Dishonest = _random.NextDouble() < 0.05 ? null : _random.NextDouble() < 0.01,
            RiskClass = _random.NextDouble() < 0.08 ? null : Pick(["A", "A", "B", "B", "B", "C", "D"]),
        };
    }

    private string? Size(bool company, int employees, decimal revenue)
    {
        if (!company || _random.NextDouble() < 0.05) return company ? null : "微型";
        return employees >= 1000 && revenue >= 400_000_000m ? "大型" : employees >= 300 ? "中型" : employees >= 20 ? "小型" : "微型";
    }

    private bool Missing(int field) => _random.NextDouble() < _missing[field];

    private int Skewed(int n) => Math.Min(n - 1, (int)(n * Math.Pow(_random.NextDouble(), 1.8)));

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private double LogNormal(double mu, double sigma)
    {
        var u = 1 - _random.NextDouble();
        var v = _random.NextDouble();
        return Math.Exp(mu + sigma * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v));
    }
}
