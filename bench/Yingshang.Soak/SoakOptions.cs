using System.Globalization;

namespace Yingshang.Soak;

/// <summary>
/// <c>--app path/Yingshang.Web.dll --postgres "Host=…;Database=ys_soak"</c> starts two instances on ports 5201 and 5202;
/// or <c>--targets http://a,http://b --pids 1,2</c> uses running ones. <c>--seconds</c>, <c>--workers</c>, <c>--rate</c> (requests/s
/// in all, 0 = as fast as the workers go), <c>--ports 5201,5202</c> for the started instances.
/// </summary>
internal sealed record SoakOptions(string? App, string? Postgres, string[] Targets, int[] Pids, int Seconds, int Workers, double Rate, int[] Ports)
{
    public static SoakOptions Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) map[args[i].TrimStart('-')] = args[i + 1];
        string? Get(string key) => map.GetValueOrDefault(key);
        var options = new SoakOptions(Get("app"), Get("postgres"),
            (Get("targets") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            (Get("pids") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray(),
            int.Parse(Get("seconds") ?? "90", CultureInfo.InvariantCulture), int.Parse(Get("workers") ?? "16", CultureInfo.InvariantCulture),
            double.Parse(Get("rate") ?? "0", CultureInfo.InvariantCulture),
            (Get("ports") ?? "5201,5202").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray());
        if (options.App is null && options.Targets.Length == 0)
            throw new ArgumentException("give --app <Yingshang.Web.dll> --postgres <connection string>, or --targets <url,url>");
        return options;
    }
}
