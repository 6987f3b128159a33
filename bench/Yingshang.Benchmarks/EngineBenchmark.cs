using System.Diagnostics;
using Yingshang.Eligibility;
using Yingshang.Eligibility.Data;

namespace Yingshang.Benchmarks;

/// <summary>Throughput of a whole match run (per-condition results kept) and latency of single explanations.</summary>
internal static class EngineBenchmark
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    public static void Run(int entities, int benefitCount)
    {
        var facts = new RegisterGenerator(42).Generate(entities);
        var benefits = new BenefitGenerator(7).Generate(benefitCount);
        var watch = Stopwatch.StartNew();
        var register = Register.Build(facts);
        Console.WriteLine($"register of {entities:N0}: built in {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        var rules = RuleSet.Compile(benefits);
        Console.WriteLine($"{benefitCount} benefits, {benefits.Sum(b => rules.Compiled[rules.IndexOf(b.Code)].Atoms.Length)} conditions: compiled in {watch.ElapsedMilliseconds} ms");
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var result = rules.Evaluate(register, AsOf, threads);
            var times = new List<double>();
            for (var run = 0; run < 5; run++)
            {
                watch.Restart();
                result = rules.Evaluate(register, AsOf, threads);
                times.Add(watch.Elapsed.TotalSeconds);
            }
            times.Sort();
            var median = times[times.Count / 2];
            Console.WriteLine($"match run, {threads} thread(s): median {median * 1000:F1} ms of 5 (best {times[0] * 1000:F1}) → " +
                $"{entities * (double)benefitCount / median / 1e6:F0} M entity-benefit evaluations/s; {result.SharedConditions} shared conditions");
        }
        Explanations(facts, rules, register);
    }

    private static void Explanations(List<EnterpriseFacts> facts, RuleSet rules, Register register)
    {
        var result = rules.Evaluate(register, AsOf);
        var random = new Random(3);
        var codes = rules.Benefits;
        var fromRun = new List<double>();
        var fromFacts = new List<double>();
        for (var i = 0; i < 20_000; i++)
        {
            var e = random.Next(facts.Count);
            var b = random.Next(codes.Count);
            var start = Stopwatch.GetTimestamp();
            result.Explain(e, b);
            fromRun.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            rules.Explain(facts[e], codes[b], AsOf);
            fromFacts.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        Console.WriteLine($"explanation from a run's kept results: {Percentiles(fromRun)}");
        Console.WriteLine($"explanation of one enterprise from its facts (no run): {Percentiles(fromFacts)}");
    }

    public static string Percentiles(List<double> ms)
    {
        ms.Sort();
        double P(double p) => ms[Math.Min(ms.Count - 1, (int)(p * ms.Count))];
        return $"p50 {P(0.5) * 1000:F1} µs, p99 {P(0.99) * 1000:F1} µs, max {ms[^1] * 1000:F0} µs ({ms.Count:N0} samples)";
    }
}
