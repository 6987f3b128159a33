namespace Yingshang.Web.Features.Appeals.Suggest;

/// <summary>A department as the suggestion sees it: its kind (<c>dcx.transport</c> is a county's <c>transport</c>) and county.</summary>
public sealed record DepartmentPlace(int Id, string Code, string Kind, int RegionId)
{
    /// <summary>The code without its county's prefix: <c>dcx.transport</c> of 东城县 (DCX) → <c>transport</c>.</summary>
    public static string KindOf(string code, string regionCode)
    {
        var prefix = regionCode.ToLowerInvariant() + ".";
        return code.StartsWith(prefix, StringComparison.Ordinal) && code.Length > prefix.Length ? code[prefix.Length..] : code;
    }
}

/// <summary>
/// Chooses among the departments of one kind by the call's county (README.md, "Smart dispatch"). The words of a call
/// cannot tell 州交通运输局 from 东城县交通运输局; which of them took that county's calls can. Without such history the
/// county's own department comes first (属地管理), and for a call without a county the prefecture-level one.
/// </summary>
public sealed class DepartmentKinds
{
    private readonly Dictionary<string, List<DepartmentPlace>> _members;
    private readonly Dictionary<(int Department, int Region), int> _taken = [];
    private readonly Dictionary<int, int> _takenAnywhere = [];

    /// <param name="history">The department and county of each kept appeal the model learnt from.</param>
    public DepartmentKinds(IEnumerable<DepartmentPlace> departments, IEnumerable<(int Department, int Region)> history)
    {
        _members = departments.GroupBy(d => d.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var h in history)
        {
            _taken[h] = _taken.GetValueOrDefault(h) + 1;
            _takenAnywhere[h.Department] = _takenAnywhere.GetValueOrDefault(h.Department) + 1;
        }
    }

    /// <summary>Whether any department of the kind may be suggested.</summary>
    public bool Allows(string kind, Func<int, bool> allowed) => _members.TryGetValue(kind, out var m) && m.Any(d => allowed(d.Id));

    /// <summary>
    /// The best <paramref name="take"/> allowed departments of the kind, best first, each with its share (add-one smoothed)
    /// of the calls the chosen ones took.
    /// </summary>
    public IReadOnlyList<(int Department, double Share)> Choose(string kind, int? regionId, Func<int, bool> allowed, int take)
    {
        if (!_members.TryGetValue(kind, out var members)) return [];
        var chosen = members.Where(d => allowed(d.Id))
            .Select(d => (Place: d, Weight: 1.0 + (regionId is { } r ? _taken.GetValueOrDefault((d.Id, r)) : _takenAnywhere.GetValueOrDefault(d.Id))))
            .OrderByDescending(w => w.Weight).ThenByDescending(w => w.Place.RegionId == regionId)
            .ThenByDescending(w => w.Place.Code == w.Place.Kind).ThenBy(w => w.Place.Id)
            .Take(take).ToList();
        var sum = chosen.Sum(w => w.Weight);
        return [.. chosen.Select(w => (w.Place.Id, w.Weight / sum))];
    }
}
