using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Admin.Audit;

/// <summary>
/// Names for the keys an audit entry stores (user, role, department and region ids), looked up once for the
/// entries on screen, so that "用户角色 ab12…,cd34…" reads "handler.market · 承办人".
/// </summary>
public sealed class AuditReferences
{
    private static readonly string[] Fields = ["UserId", "RoleId", "DepartmentId", "RegionId"];

    private readonly Dictionary<(string Field, string Value), string> _names = [];

    public static AuditReferences None { get; } = new();

    /// <summary>The stored value with the name it refers to, when known.</summary>
    public string? Show(string field, string? value) =>
        value is not null && _names.TryGetValue((field, value), out var name) ? $"{name}（{value}）" : value;

    /// <summary>What the entry is about in words, or null when the key names nothing known.</summary>
    public string? Describe(AuditEntry entry)
    {
        var field = entry.EntityType switch { "AppUser" => "UserId", "AppRole" => "RoleId", "Department" => "DepartmentId", "Region" => "RegionId", _ => null };
        if (field is not null) return _names.GetValueOrDefault((field, entry.EntityKey));
        if (entry.EntityType != "IdentityUserRole`1" || entry.EntityKey.Split(',') is not [var user, var role]) return null;
        return $"{_names.GetValueOrDefault(("UserId", user), user)} · {_names.GetValueOrDefault(("RoleId", role), role)}";
    }

    public static async Task<AuditReferences> LoadAsync(AppDbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        var wanted = Fields.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            foreach (var change in AuditChanges.Read(entry.Before, entry.After))
                if (wanted.TryGetValue(change.Field, out var set))
                    set.UnionWith(new[] { change.Before, change.After }.OfType<string>());
            if (entry.EntityType == "AppUser") wanted["UserId"].Add(entry.EntityKey);
            if (entry.EntityType == "Department") wanted["DepartmentId"].Add(entry.EntityKey);
            if (entry.EntityType == "IdentityUserRole`1" && entry.EntityKey.Split(',') is [var u, var r])
            {
                wanted["UserId"].Add(u);
                wanted["RoleId"].Add(r);
            }
        }
        var references = new AuditReferences();
        var userIds = wanted["UserId"].ToList();
        var roleIds = wanted["RoleId"].ToList();
        var departmentIds = Numbers(wanted["DepartmentId"]);
        var regionIds = Numbers(wanted["RegionId"]);
        references.Add("UserId", await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(x => x.Id, x => x.UserName ?? x.Id, ct));
        references.Add("RoleId", await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).Select(r => new { r.Id, r.Title }).ToDictionaryAsync(x => x.Id, x => x.Title, ct));
        references.Add("DepartmentId", await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(x => x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), x => x.Name, ct));
        references.Add("RegionId", await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(x => x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), x => x.Name, ct));
        return references;
    }

    private void Add(string field, Dictionary<string, string> names)
    {
        foreach (var (value, name) in names) _names[(field, value)] = name;
    }

    private static List<int> Numbers(IEnumerable<string> values) =>
        values.Select(v => int.TryParse(v, out var n) ? n : (int?)null).OfType<int>().ToList();
}

public sealed record AuditEntryView(AuditEntry Entry, AuditReferences References);
