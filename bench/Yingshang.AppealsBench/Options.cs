using System.Globalization;

namespace Yingshang.AppealsBench;

/// <summary><c>--name value</c> pairs after the sub-command; <c>--flag</c> alone means true.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);

    public Options(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null) _map[pending] = "true";
                pending = arg[2..];
            }
            else if (pending is not null)
            {
                _map[pending] = arg;
                pending = null;
            }
            else
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }
        }
        if (pending is not null) _map[pending] = "true";
    }

    public string Text(string name, string fallback) => _map.GetValueOrDefault(name, fallback);

    public string Required(string name) =>
        _map.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => _map.TryGetValue(name, out var v) ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => _map.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => _map.TryGetValue(name, out var v) && v == "true";
}
