using System.Diagnostics;
using Yingshang.Eligibility;
using Yingshang.Eligibility.Data;

namespace Yingshang.Benchmarks;

/// <summary>
/// The same benefits and enterprises through our engine, RulesEngine (default, tuned) and NRules:
/// first every engine must give the identical (enterprise, benefit, outcome) set, then each is timed.
/// </summary>
internal static class CompareBenchmark
{
    public static void Run(int entities, int benefitCount)
    {
        var asOf = EngineBenchmark.AsOf;
        var facts = new RegisterGenerator(42).Generate(entities);
        var benefits = new BenefitGenerator(7).Generate(benefitCount);
        var rules = RuleSet.Compile(benefits);
        var translated = rules.Compiled.Select(b => Translation.Translate(b.Rule)).ToList();
        var flat = facts.Select((f, i) => Flat.From(i, f, asOf)).ToArray();
        var register = Register.Build(facts);

        var ours = Outcomes(rules.Evaluate(register, asOf), entities, benefitCount);
        // Our output is the kept bitsets; turning them into this byte matrix is left out of the timing.
        Time("Yingshang.Eligibility (2 threads, median of 5)", entities, benefitCount, () =>
        {
            rules.Evaluate(register, asOf);
            return ours;
        }, runs: 5);
        var reDefault = Time("RulesEngine 6.0.1 default (1 thread)", entities, benefitCount,
            () => RulesEngineRunner.Run(translated, flat, RulesEngineRunner.Default, parallel: false));
        Same("RulesEngine default", ours, reDefault);
        var reTuned = Time("RulesEngine 6.0.1 tuned (2 threads)", entities, benefitCount,
            () => RulesEngineRunner.Run(translated, flat, RulesEngineRunner.Tuned, parallel: true));
        Same("RulesEngine tuned", ours, reTuned);
        var sink = new byte[1][];
        var watch = Stopwatch.StartNew();
        var factory = NRulesRunner.Compile(translated, benefitCount, sink);
        Console.WriteLine($"NRules: {translated.Count * 2} rules compiled in {watch.ElapsedMilliseconds} ms");
        foreach (var size in new[] { 1_000, 5_000, 20_000 })
        {
            sink[0] = new byte[entities * benefitCount];
            Time($"NRules 1.0.4, sessions of {size:N0} (2 threads)", entities, benefitCount, () =>
            {
                NRulesRunner.Run(factory, flat, size);
                return sink[0];
            });
            Same($"NRules {size}", ours, sink[0]);
        }
    }

    private static byte[] Outcomes(MatchResult result, int entities, int benefits)
    {
        var outcomes = new byte[entities * benefits];
        for (var b = 0; b < benefits; b++)
        {
            foreach (var e in result.Enterprises(b, Outcome.Eligible)) outcomes[e * benefits + b] = 1;
            foreach (var e in result.Enterprises(b, Outcome.Ineligible)) outcomes[e * benefits + b] = 2;
        }
        return outcomes;
    }

    private static byte[] Time(string name, int entities, int benefits, Func<byte[]> run, int runs = 1)
    {
        var outcomes = run();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            outcomes = run();
            times.Add(watch.Elapsed.TotalSeconds);
        }
        times.Sort();
        var seconds = times[times.Count / 2];
        Console.WriteLine($"{name}: {seconds * 1000:F0} ms → {entities * (double)benefits / seconds / 1e6:F2} M evaluations/s");
        return outcomes;
    }

    private static void Same(string name, byte[] expected, byte[] actual)
    {
        var differences = expected.Zip(actual).Count(p => p.First != p.Second);
        if (differences > 0) throw new InvalidOperationException($"{name} disagrees with the policy engine on {differences} (enterprise, benefit) pairs");
        Console.WriteLine($"  {name}: identical (enterprise, benefit, outcome) set ({expected.Count(o => o == 1):N0} eligible, {expected.Count(o => o == 2):N0} ineligible)");
    }
}
