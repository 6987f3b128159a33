using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Yingshang.Benchmarks;

/// <summary>
/// NRules 1.0.4: the same two predicates per benefit become two rules built with the rule model;
/// enterprises are inserted into sessions of a given size (one session per thread at a time).
/// </summary>
internal static class NRulesRunner
{
    public static ISessionFactory Compile(IReadOnlyList<(string True, string False)> benefits, int benefitCount, byte[][] sinkHolder)
    {
        var definitions = new List<IRuleDefinition>();
        for (var i = 0; i < benefits.Count; i++)
        {
            definitions.Add(Rule(benefits[i].True, i, 1, benefitCount, sinkHolder));
            definitions.Add(Rule(benefits[i].False, i, 2, benefitCount, sinkHolder));
        }
        return new RuleCompiler().Compile(definitions);
    }

    public static void Run(ISessionFactory factory, Flat[] entities, int sessionSize)
    {
        var batches = entities.Chunk(sessionSize).ToArray();
        Parallel.ForEach(batches, batch =>
        {
            var session = factory.CreateSession();
            session.InsertAll(batch);
            session.Fire();
        });
    }

    private static IRuleDefinition Rule(string predicate, int benefit, byte outcome, int benefitCount, byte[][] sinkHolder)
    {
        var e = Expression.Parameter(typeof(Flat), "e");
        var condition = DynamicExpressionParser.ParseLambda([e], typeof(bool), predicate);
        var builder = new RuleBuilder();
        builder.Name($"{benefit}:{outcome}");
        builder.LeftHandSide().Pattern(typeof(Flat), "e").Condition(condition);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var index = Expression.Add(
            Expression.Multiply(Expression.Property(e, nameof(Flat.Index)), Expression.Constant(benefitCount)),
            Expression.Constant(benefit));
        var slot = Expression.ArrayAccess(Expression.ArrayIndex(Expression.Constant(sinkHolder), Expression.Constant(0)), index);
        var action = Expression.Lambda(Expression.Assign(slot, Expression.Constant(outcome)), context, e);
        builder.RightHandSide().Action(action);
        return builder.Build();
    }
}
