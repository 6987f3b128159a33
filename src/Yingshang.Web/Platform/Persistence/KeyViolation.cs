using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>Whether a failed save broke a primary key or a unique index, on either database.</summary>
public static class KeyViolation
{
    public static bool Is(DbUpdateException exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: SqlitePrimaryKey or SqliteUnique })
                return true;
        return false;
    }

    // SQLITE_CONSTRAINT_PRIMARYKEY and _UNIQUE: other constraints (NOT NULL, CHECK, a foreign key) are real errors.
    private const int SqlitePrimaryKey = 1555, SqliteUnique = 2067;
}
