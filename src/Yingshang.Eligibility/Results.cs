namespace Yingshang.Eligibility;

public enum Outcome { Eligible, Ineligible, Undetermined }

public enum Truth { True, False, Unknown }

/// <summary>A benefit as written by a policy officer: its code, eligibility rule and optional amount formula.</summary>
public sealed record BenefitRule(string Code, string Rule, string? Amount = null);

/// <summary>One condition of a rule for one enterprise: the rule text, the field (English name), the value used, the result.</summary>
public sealed record ConditionResult(string Condition, string Field, object? Value, Truth Result);

/// <summary>Why an enterprise does or does not qualify; Amount is null when unknown or when the benefit has no formula.</summary>
public sealed record Explanation(string Benefit, Outcome Outcome, decimal? Amount, IReadOnlyList<ConditionResult> Conditions);

/// <summary>How an explanation's condition reads to a person: the field by its Chinese name, the value in words.</summary>
public static class ConditionText
{
    /// <summary>标签(tags); a name the language does not know stays as it is.</summary>
    public static string Field(string name) => Language.Fields.Find(name)?.Display ?? name;

    public static string Value(object? value) => value switch
    {
        null => "空",
        bool b => b ? "是" : "否",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => items.Cast<object?>().Select(Value).ToList() is { Count: > 0 } list ? string.Join("、", list) : "无",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>One field a rule may name, as the rule editor's help lists it.</summary>
public sealed record RuleField(string Name, string Alias, string Type, IReadOnlyList<string> Values);

/// <summary>The fields of the rule language (README.md, "Fields"), for help pages.</summary>
public static class RuleFields
{
    public static IReadOnlyList<RuleField> All { get; } =
        [.. Language.Fields.All.Select(f => new RuleField(f.Name, f.Alias, f.TypeZh, f.Values))];
}
