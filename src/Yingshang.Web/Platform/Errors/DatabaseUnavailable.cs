using System.Net.Sockets;

namespace Yingshang.Web.Platform.Errors;

/// <summary>Recognises failures that mean "the database cannot be reached right now" rather than a bad request.</summary>
internal static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Npgsql.PostgresException pg:
                    // Class 08 (connection), 53 (resources), 57P (shutdown / cannot connect now).
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
                           || pg.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient:
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case DatabaseConnectionLostException:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }
        return false;
    }
}

/// <summary>
/// The connection under an open transaction broke although the call that broke it reported success: EF Core swallows a
/// failed <c>RELEASE SAVEPOINT</c> after a successful SaveChanges inside a transaction (it only logs a warning), and the
/// next command then fails with Npgsql's bare "Transaction is already completed". Nothing of the transaction was committed.
/// </summary>
public sealed class DatabaseConnectionLostException(string message) : Exception(message);
