using Yingshang.Eligibility;

namespace Yingshang.Benchmarks;

/// <summary>
/// 200 benefits of 3–12 conditions drawn from a shared pool the way real policies reuse them
/// (非严重失信, 类型 = 企业, 县市, 行业, 规模, 标签 …), in and/or/not shapes.
/// </summary>
internal sealed class BenefitGenerator(int seed)
{
    private static readonly string[] Gates =
    [
        "not dishonest", "非 严重失信", "abnormal = false", "kind = \"企业\"", "kind != \"个体工商户\"", "risk_class != \"D\"",
        "tax_credit in [\"A\", \"B\"]", "tax_credit != \"D\"",
    ];

    private static readonly string[] Pool =
    [
        "county = \"示范市\"", "county = \"东城县\"", "county in [\"西山县\", \"南河县\", \"北岭县\"]", "县市 in [\"清水县\", \"石门县\", \"云台县\"]",
        "startswith(industry, \"C\")", "industry_section = \"C\"", "startswith(industry, \"C39\")", "startswith(industry, \"F52\")",
        "industry_section in [\"H\", \"O\", \"R\"]", "industry_section = \"A\"", "industry in [\"I6510\", \"I6520\", \"I6311\"]",
        "size in [\"小型\", \"微型\"]", "size = \"中型\"", "规模 = \"微型\"", "size != \"大型\"",
        "tags has \"专精特新\"", "tags has \"高新技术企业\"", "标签 has \"科技型中小企业\"", "tags has \"小巨人\"", "tags has \"个转企\"",
        "tags has \"外贸企业\"", "tags has \"创新型中小企业\"", "tags has \"规上企业\"",
        "employees >= 10", "employees >= 50", "从业人数 < 300", "employees <= 100", "insured_employees >= 5", "参保人数 >= 20",
        "insured_employees > 100",
        "revenue >= 1000000", "revenue >= 20000000", "营业收入 < 5000000", "revenue < 400000000",
        "tax_paid >= 100000", "tax_paid >= 1000000", "纳税额 > 0", "registered_capital >= 1000000", "registered_capital < 5000000",
        "age_years >= 3", "成立年限 >= 1", "age_years < 5", "established >= 2021-01-01", "established < 2010-01-01",
        "risk_class in [\"A\", \"B\"]", "tax_credit = \"A\"", "kind = \"个体工商户\"", "kind = \"农民专业合作社\"",
    ];

    private static readonly string[] Amounts =
    [
        "min(tax_paid * 0.1, 500000)", "min(revenue * 0.02, 300000)", "max(insured_employees, 0) * 1000", "200000",
        "round(tax_paid * 0.3, 2)", "min(registered_capital * 0.01, 100000)", "50000 + insured_employees * 500",
    ];

    private readonly Random _random = new(seed);

    public List<BenefitRule> Generate(int count) =>
        Enumerable.Range(1, count).Select(i => new BenefitRule($"B{i:000}", Rule(), Amounts[_random.Next(Amounts.Length)])).ToList();

    private string Rule()
    {
        var size = _random.Next(3, 13);
        var gates = Math.Min(size - 1, _random.Next(1, 3));
        var atoms = Gates.OrderBy(_ => _random.Next()).Take(gates).ToList();
        while (atoms.Count < size)
        {
            var atom = _random.NextDouble() < 0.3 ? Threshold() : Pool[Skewed(Pool.Length)];
            if (!atoms.Contains(atom)) atoms.Add(atom);
        }
        var parts = new List<string>();
        for (var i = 0; i < atoms.Count; i++)
        {
            var roll = _random.NextDouble();
            if (i >= gates && roll < 0.25 && i + 1 < atoms.Count)
            {
                var width = Math.Min(atoms.Count - i, _random.Next(2, 4));
                parts.Add($"({string.Join(_random.Next(2) == 0 ? " or " : " 或 ", atoms.Skip(i).Take(width))})");
                i += width - 1;
            }
            else
            {
                parts.Add(i >= gates && roll > 0.92 ? $"not ({atoms[i]})" : atoms[i]);
            }
        }
        return string.Join(_random.Next(3) == 0 ? " 且 " : " and ", parts);
    }

    // Policies also set their own thresholds (从业人数 ≥ 30, 营业收入 ≥ 2000万 …), so not every condition is shared.
    private string Threshold()
    {
        var (field, values) = _random.Next(5) switch
        {
            0 => ("employees", new[] { 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000 }),
            1 => ("insured_employees", new[] { 3, 5, 10, 20, 50, 100 }),
            2 => ("revenue", new[] { 500_000, 1_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000 }),
            3 => ("tax_paid", new[] { 10_000, 50_000, 100_000, 200_000, 500_000, 1_000_000 }),
            _ => ("age_years", new[] { 1, 2, 3, 5, 8, 10 }),
        };
        return $"{field} {(_random.Next(3) == 0 ? "<" : ">=")} {values[_random.Next(values.Length)]}";
    }

    private int Skewed(int n) => Math.Min(n - 1, (int)(n * Math.Pow(_random.NextDouble(), 1.5)));
}
