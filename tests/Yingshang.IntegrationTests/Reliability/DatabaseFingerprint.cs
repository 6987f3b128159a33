using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// A cheap summary of the whole database: the row count of every mapped table and the newest audit id. Every audited
/// change adds an audit entry, so a request that changed nothing leaves the fingerprint as it was.
/// </summary>
internal sealed class DatabaseFingerprint
{
    private readonly AppFactory _app;
    private readonly string _sql;

    private DatabaseFingerprint(AppFactory app, string sql)
    {
        _app = app;
        _sql = sql;
    }

    public static Task<DatabaseFingerprint> ForAsync(AppFactory app) => app.InDatabaseAsync(db =>
    {
        var tables = db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && t.GetViewName() is null)
            .Select(t => t.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();
        var audit = db.Model.FindEntityType(typeof(AuditEntry))!;
        var auditId = audit.FindProperty(nameof(AuditEntry.Id))!.GetColumnName();
        var parts = tables.Select(t => $"'{t}=' || (SELECT COUNT(*) FROM \"{t}\")")
            .Append($"'audit=' || COALESCE((SELECT MAX(\"{auditId}\") FROM \"{audit.GetTableName()}\"), 0)");
        return Task.FromResult(new DatabaseFingerprint(app, "SELECT " + string.Join(" || ';' || ", parts)));
    });

    public Task<string> TakeAsync() => _app.InDatabaseAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = _sql;
            return (string)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });
}
