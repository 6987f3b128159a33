using System.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>Checks, after a save inside a transaction, that the transaction is still usable (see <see cref="DatabaseConnectionLostException"/>).</summary>
internal static class TransactionHealth
{
    public static void EnsureAlive(DatabaseFacade database)
    {
        if (database.CurrentTransaction is not { } transaction) return;
        // ADO.NET: a transaction's Connection is null once it is no longer valid; Npgsql's also when its connector broke.
        if (transaction.GetDbTransaction().Connection is { State: ConnectionState.Open }) return;
        throw new DatabaseConnectionLostException("数据库连接在事务中断开，本次操作未保存。");
    }
}
