using System.Linq.Expressions;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>Audit columns, filled by <see cref="AuditColumns"/> from the clock and the current user.</summary>
public interface IAuditable
{
    DateTime CreatedAt { get; set; }
    string CreatedBy { get; set; }
    DateTime UpdatedAt { get; set; }
    string UpdatedBy { get; set; }
}

/// <summary>An app-managed optimistic concurrency token: incremented on every update, checked in the UPDATE's WHERE.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>A record that belongs to one department; <see cref="AppDbContext"/> filters it by the caller's <see cref="Security.DataScope"/>.</summary>
public interface IDepartmentOwned
{
    int DepartmentId { get; }
}

/// <summary>
/// A record whose visibility needs more than one department column (a lead and co-handling departments, or none yet).
/// <see cref="AppDbContext"/> applies <see cref="VisibleTo"/> as the global query filter, with the caller's department ids.
/// </summary>
public interface IDepartmentScoped<TSelf> where TSelf : IDepartmentScoped<TSelf>
{
    /// <summary>(record, the caller's department ids) → visible; must be translatable by EF on both providers.</summary>
    static abstract Expression<Func<TSelf, int[], bool>> VisibleTo { get; }
}

/// <summary>Base of the platform's aggregate roots: key, audit columns and concurrency token.</summary>
public abstract class Entity : IAuditable, IVersioned
{
    public int Id { get; protected set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}
