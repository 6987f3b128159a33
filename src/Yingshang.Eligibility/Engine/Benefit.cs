using Yingshang.Eligibility.Language;

namespace Yingshang.Eligibility.Engine;

/// <summary>A checked benefit: its parsed rule, atoms in source order and amount formula.</summary>
internal sealed class Benefit
{
    private Benefit(string code, BoolExpr rule, AmountExpr? amount)
    {
        Code = code;
        Rule = rule;
        Amount = amount;
        Atoms = [.. rule.Atoms()];
    }

    public string Code { get; }

    public BoolExpr Rule { get; }

    public AmountExpr? Amount { get; }

    public Atom[] Atoms { get; }

    public static Benefit Parse(BenefitRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var (expr, errors) = ConditionParser.Parse(rule.Rule);
        if (expr is null) throw new RuleException(rule.Code, errors);
        AmountExpr? amount = null;
        if (!string.IsNullOrWhiteSpace(rule.Amount))
        {
            (amount, var amountErrors) = AmountParser.Parse(rule.Amount);
            if (amount is null) throw new RuleException(rule.Code, amountErrors);
        }
        return new Benefit(rule.Code, expr, amount);
    }
}
