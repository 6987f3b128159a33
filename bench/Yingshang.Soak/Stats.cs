using System.Collections.Concurrent;

namespace Yingshang.Soak;

/// <summary>Latencies per request kind and the errors seen, since the last <see cref="Reset"/> (the end of warm-up).</summary>
internal sealed class Stats
{
    private ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private DateTime _since = DateTime.UtcNow;

    public int Errors => _errors.Values.Sum();

    public IReadOnlyDictionary<string, int> ErrorsByDetail => _errors;

    public TimeSpan Measured => DateTime.UtcNow - _since;

    public void Record(string kind, TimeSpan elapsed, bool ok, string? detail)
    {
        _latencies.GetOrAdd(kind, _ => []).Add(elapsed.TotalMilliseconds);
        if (!ok) _errors.AddOrUpdate(detail ?? kind, 1, (_, n) => n + 1);
    }

    public void Reset()
    {
        _latencies = new(StringComparer.Ordinal);
        _errors = new(StringComparer.Ordinal);
        _since = DateTime.UtcNow;
    }

    public IEnumerable<(string Kind, int Count, double P50, double P99, double Max)> Summary() =>
        _latencies.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k =>
        {
            var sorted = k.Value.Order().ToArray();
            return (k.Key, sorted.Length, At(sorted, 0.50), At(sorted, 0.99), sorted[^1]);
        });

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
