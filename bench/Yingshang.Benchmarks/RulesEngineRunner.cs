using RulesEngine.Models;

namespace Yingshang.Benchmarks;

/// <summary>
/// Microsoft RulesEngine 6.0.1: one workflow holding an "eligible" and an "ineligible" rule per benefit,
/// executed once per enterprise. Outcomes: 0 undetermined, 1 eligible, 2 ineligible.
/// </summary>
internal static class RulesEngineRunner
{
    public static ReSettings Default => new();

    // Everything that costs per evaluation and is not needed for a yes/no answer is switched off.
    public static ReSettings Tuned => new()
    {
        UseFastExpressionCompiler = true,
        EnableScopedParams = false,
        EnableFormattedErrorMessage = false,
        EnableExceptionAsErrorMessage = false,
        IsExpressionCaseSensitive = true,
        NestedRuleExecutionMode = NestedRuleExecutionMode.Performance,
    };

    public static byte[] Run(IReadOnlyList<(string True, string False)> benefits, Flat[] entities, ReSettings settings, bool parallel)
    {
        var rules = benefits.SelectMany((b, i) => new[]
        {
            new Rule { RuleName = $"{i}:1", Expression = b.True, RuleExpressionType = RuleExpressionType.LambdaExpression },
            new Rule { RuleName = $"{i}:2", Expression = b.False, RuleExpressionType = RuleExpressionType.LambdaExpression },
        }).ToList();
        var engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = "benefits", Rules = rules }], settings);
        var outcomes = new byte[entities.Length * benefits.Count];
        void Evaluate(Flat e)
        {
            var results = engine.ExecuteAllRulesAsync("benefits", new RuleParameter("e", e)).AsTask().GetAwaiter().GetResult();
            foreach (var r in results)
            {
                if (!r.IsSuccess) continue;
                var name = r.Rule.RuleName;
                var colon = name.IndexOf(':', StringComparison.Ordinal);
                outcomes[e.Index * benefits.Count + int.Parse(name.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture)] =
                    (byte)(name[colon + 1] - '0');
            }
        }
        if (parallel) Parallel.ForEach(entities, Evaluate);
        else foreach (var e in entities) Evaluate(e);
        return outcomes;
    }
}
