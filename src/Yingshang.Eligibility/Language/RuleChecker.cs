namespace Yingshang.Eligibility.Language;

/// <summary>Validates rule and amount text before it is saved (POST /api/v1/policies/rules/check).</summary>
public static class RuleChecker
{
    public static CheckResult Check(string? rule)
    {
        var (_, errors) = ConditionParser.Parse(rule);
        return new CheckResult(errors.Count == 0, errors);
    }

    public static CheckResult CheckAmount(string? amount)
    {
        var (_, errors) = AmountParser.Parse(amount);
        return new CheckResult(errors.Count == 0, errors);
    }
}
