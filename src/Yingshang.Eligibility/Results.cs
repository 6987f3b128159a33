namespace Yingshang.Eligibility;

public enum Outcome { Eligible, Ineligible, Undetermined }

public enum Truth { True, False, Unknown }

/// <summary>A benefit as written by a policy officer: its code, eligibility rule and optional amount formula.</summary>
public sealed record BenefitRule(string Code, string Rule, string? Amount = null);

/// <summary>One condition of a rule for one enterprise: the rule text, the field (English name), the value used, the result.</summary>
public sealed record ConditionResult(string Condition, string Field, object? Value, Truth Result);

/// <summary>Why an enterprise does or does not qualify; Amount is null when unknown or when the benefit has no formula.</summary>
public sealed record Explanation(string Benefit, Outcome Outcome, decimal? Amount, IReadOnlyList<ConditionResult> Conditions);
