using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Persistence;

public static class VersionCheck
{
    /// <summary>
    /// The next save updates the row's version (checked against the one read, then moved on) even when nothing else of
    /// it changed — a step that only adds child rows, or sends a message — so of two such steps at once one is refused.
    /// Only the version is marked: marking the whole row would rewrite and audit every column.
    /// </summary>
    public static void CheckVersionOnSave<T>(this DbContext db, T entity) where T : class, IVersioned =>
        db.Entry(entity).Property(nameof(IVersioned.Version)).IsModified = true;
}
