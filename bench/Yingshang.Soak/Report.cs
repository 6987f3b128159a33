using System.Globalization;

namespace Yingshang.Soak;

internal static class Report
{
    public static void Print(SoakOptions options, Stats stats, List<(string When, long[] RssMb)> memory)
    {
        var c = CultureInfo.InvariantCulture;
        var total = stats.Summary().Sum(s => s.Count);
        Console.WriteLine(string.Create(c, $"soak: {options.Seconds} s, {options.Workers} workers, rate {(options.Rate > 0 ? options.Rate.ToString(c) : "unpaced")}; measured after warm-up: {stats.Measured.TotalSeconds:F0} s, {total} requests, {total / stats.Measured.TotalSeconds:F1} req/s, {stats.Errors} errors"));
        Console.WriteLine("| kind | requests | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (kind, count, p50, p99, max) in stats.Summary())
            Console.WriteLine(string.Create(c, $"| {kind} | {count} | {p50:F0} | {p99:F0} | {max:F0} |"));
        foreach (var (when, rss) in memory) Console.WriteLine($"memory {when}: RSS {string.Join(" / ", rss.Select(r => $"{r} MB"))}");
        var warm = memory.FirstOrDefault(m => m.When == "after warm-up").RssMb;
        var end = memory[^1].RssMb;
        if (warm is not null && warm.Length == end.Length)
            Console.WriteLine("memory growth after warm-up (target ≤ 10 %): " + string.Join(" / ",
                warm.Zip(end, (w, e) => string.Create(c, $"{(e - w) * 100.0 / Math.Max(w, 1):+0.0;-0.0} %"))));
        foreach (var (detail, n) in stats.ErrorsByDetail.OrderByDescending(e => e.Value).Take(10)) Console.WriteLine($"error ×{n}: {detail}");
    }
}
