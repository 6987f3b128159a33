using System.Globalization;
using Yingshang.Eligibility.Data;

namespace Yingshang.Eligibility.Tests;

/// <summary>Random well-typed rules and random enterprises from small domains, so that equal values and boundaries are common.</summary>
internal sealed class RandomRules(int seed)
{
    private static readonly string[] Counties = ["示范市", "东城县", "西山县", "南河县"];
    private static readonly string[] Industries = ["C3911", "C3912", "C1711", "F5211", "I6510", "A0111", "3911"];
    private static readonly string[] TagNames = ["专精特新", "高新技术企业", "科技型中小企业", "小巨人"];
    private readonly Random _random = new(seed);

    public EnterpriseFacts Enterprise() => new()
    {
        Kind = Maybe(() => Pick(["企业", "个体工商户", "农民专业合作社"])),
        County = Maybe(() => Pick(Counties)),
        Industry = Maybe(() => Pick(Industries)),
        Established = MaybeValue(() => new DateOnly(2015, 1, 1).AddDays(_random.Next(0, 4400))),
        RegisteredCapital = MaybeValue(() => (decimal)_random.Next(0, 2000) * 500),
        Employees = MaybeValue(() => _random.Next(0, 21)),
        InsuredEmployees = MaybeValue(() => _random.Next(0, 21)),
        Revenue = MaybeValue(() => _random.Next(-10, 400) * 2.5m + 0.25m * _random.Next(0, 2)),
        TaxPaid = MaybeValue(() => (decimal)_random.Next(0, 100) * 1000),
        TaxCredit = Maybe(() => Pick(["A", "B", "M", "C", "D"])),
        Size = Maybe(() => Pick(["大型", "中型", "小型", "微型"])),
        Tags = _random.Next(4) == 0 ? null : TagNames.Where(_ => _random.Next(3) == 0).ToArray(),
        Abnormal = MaybeValue(() => _random.Next(2) == 0),
        Dishonest = MaybeValue(() => _random.Next(2) == 0),
        RiskClass = Maybe(() => Pick(["A", "B", "C", "D"])),
    };

    public string Rule(int depth = 0)
    {
        if (depth >= 3 || _random.Next(3) == 0) return Atom();
        return _random.Next(5) switch
        {
            0 => $"{Pick(["not", "非"])} ({Rule(depth + 1)})",
            1 or 2 => $"({Rule(depth + 1)}) {Pick(["and", "且"])} ({Rule(depth + 1)})",
            _ => $"({Rule(depth + 1)}) {Pick(["or", "或"])} ({Rule(depth + 1)})",
        };
    }

    public string Amount() => Pick(
    [
        "min(tax_paid * 0.1, 5000)", "round(revenue / 3, 2)", "max(employees, insured_employees) * 100",
        "age_years * 1000 + registered_capital / 100", "tax_paid / employees",
    ]);

    private string Atom() => _random.Next(12) switch
    {
        0 => $"{Name("kind", "类型")} {Pick(["=", "!="])} \"{Pick(["企业", "个体工商户", "农民专业合作社"])}\"",
        1 => $"{Name("county", "县市")} in [\"{Pick(Counties)}\", \"{Pick(Counties)}\"]",
        2 => $"startswith({Name("industry", "行业代码")}, \"{Pick(["C", "C39", "C3911", "F", "39", "X"])}\")",
        3 => $"{Name("industry_section", "行业门类")} {Pick(["=", "!="])} \"{Pick(["C", "F", "A", "Z"])}\"",
        4 => $"{Name("established", "成立日期")} {Op()} {new DateOnly(2015, 1, 1).AddDays(_random.Next(0, 4400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        5 => $"{Name("age_years", "成立年限")} {Op()} {_random.Next(-1, 12)}",
        6 => $"{Pick(["employees", "从业人数", "insured_employees", "参保人数"])} {Op()} {Pick(["0", "5", "5.5", "10", "20", "-1"])}",
        7 => $"{Pick(["revenue", "营业收入", "tax_paid", "registered_capital"])} {Op()} {Pick(["0", "100.25", "500", "-7.5", "10000", "0.001", "999.999"])}",
        8 => $"{Name("size", "规模")} in [\"{Pick(["大型", "中型"])}\", \"{Pick(["小型", "微型"])}\"]",
        9 => $"{Name("tags", "标签")} has \"{Pick([.. TagNames, "不存在"])}\"",
        10 => Pick(["abnormal", "经营异常", "dishonest = false", "严重失信 != true", "abnormal = true"]),
        _ => $"{Pick(["tax_credit", "纳税信用等级"])} in [\"{Pick(["A", "B", "M"])}\", \"{Pick(["C", "D"])}\"] {Pick(["and", "or"])} {Name("risk_class", "信用风险分类")} != \"{Pick(["A", "D"])}\"",
    };

    private string Op() => Pick(["=", "!=", "<", "<=", ">", ">="]);

    private string Name(string en, string zh) => _random.Next(2) == 0 ? en : zh;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private string? Maybe(Func<string> value) => _random.Next(5) == 0 ? null : value();

    private T? MaybeValue<T>(Func<T> value) where T : struct => _random.Next(5) == 0 ? null : value();
}
