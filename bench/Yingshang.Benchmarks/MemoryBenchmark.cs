using System.Diagnostics;
using Yingshang.Eligibility;
using Yingshang.Eligibility.Data;

namespace Yingshang.Benchmarks;

/// <summary>500,000 × 200 in one process: the generated facts are dropped once the register holds them.</summary>
internal static class MemoryBenchmark
{
    public static void Run(int entities, int benefitCount)
    {
        var rules = RuleSet.Compile(new BenefitGenerator(7).Generate(benefitCount));
        var register = Register.Build(new RegisterGenerator(42).Generate(entities));
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var registerBytes = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var result = rules.Evaluate(register, EngineBenchmark.AsOf);
        var seconds = watch.Elapsed.TotalSeconds;
        var live = GC.GetTotalMemory(forceFullCollection: true);
        var eligible = Enumerable.Range(0, benefitCount).Sum(b => (long)result.Count(b, Outcome.Eligible));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{entities:N0} × {benefitCount}: run {seconds * 1000:F0} ms, {eligible:N0} eligible pairs, {result.SharedConditions} shared conditions");
        Console.WriteLine($"live managed heap: register {registerBytes / 1048576.0:F0} MiB, register + run results {live / 1048576.0:F0} MiB");
        Console.WriteLine($"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB (includes generating the facts); " +
            $"GC heap after run {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} MiB; total allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MiB");
        GC.KeepAlive(result);
    }
}
