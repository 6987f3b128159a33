using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// The backup commands of docs/operations.md work: a restored copy serves the same data with an intact audit chain, and
/// a database made by the first migration is upgraded at start-up without losing its rows.
/// </summary>
public abstract class BackupRestoreTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>Backs up the app's database with the documented command and restores it into a fresh one.</summary>
    protected abstract Task<DatabaseApp> BackUpAndRestoreAsync(TApp source);

    /// <summary>A fresh, empty database: its connection string and an app that opens it.</summary>
    protected abstract (string Connection, Func<DatabaseApp> Open) FreshDatabase();

    /// <summary>The literal of a tag list in the first migration's knowledge_entry.Tags column.</summary>
    protected abstract string TagsLiteral { get; }

    protected abstract string InstantLiteral { get; }

    [PostgresBinariesFact]
    public async Task A_restored_backup_serves_the_same_appeal_and_its_audit_chain_verifies()
    {
        var id = await AppealApi.DispatchedAsync(app, "market");
        var original = await ReadAsync(app, id);
        await using var restored = await BackUpAndRestoreAsync(app);
        await restored.InitializeAsync();
        (await ReadAsync(restored, id)).ShouldBe(original);
        using var admin = await restored.ClientForAsync("admin");
        var verification = await (await admin.GetAsync("/api/v1/audit/verify")).ShouldBeJsonAsync();
        verification.GetProperty("valid").GetBoolean().ShouldBeTrue(verification.ToString());
        verification.GetProperty("checked").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_database_at_the_first_migration_is_upgraded_at_start_up_without_loss()
    {
        var (connection, open) = FreshDatabase();
        await app.InDatabaseAsync(async db =>
        {
            db.Database.SetConnectionString(connection);
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            var insert = $"""
                INSERT INTO knowledge_entry ("Question", "Answer", "DepartmentId", "Tags", "ValidUntil", "Published", "UseCount",
                  "LastUsedAt", "Revision", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "Version")
                VALUES ('升级前的条目：个体工商户怎么注销？', '在政务服务网提交简易注销。', NULL, {TagsLiteral}, NULL, TRUE, 3,
                  NULL, 1, {InstantLiteral}, 'upgrade-test', {InstantLiteral}, 'upgrade-test', 0)
                """;
            await db.Database.ExecuteSqlRawAsync(insert);
        });
        await using var upgraded = open();
        await upgraded.InitializeAsync();
        (await upgraded.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync())).ShouldBeEmpty();
        var entry = await upgraded.InDatabaseAsync(db => db.KnowledgeEntries.IgnoreQueryFilters().SingleAsync(k => k.CreatedBy == "upgrade-test"));
        using var admin = await upgraded.ClientForAsync("admin");
        var json = await (await admin.GetAsync($"/api/v1/knowledge/{entry.Id}")).ShouldBeJsonAsync();
        json.GetProperty("question").GetString().ShouldBe("升级前的条目：个体工商户怎么注销？");
        json.GetProperty("useCount").GetInt32().ShouldBe(3);
    }

    private static async Task<string> ReadAsync(AppFactory factory, int id)
    {
        using var op = await factory.ClientForAsync("operator");
        return JsonSerializer.Serialize(await AppealApi.GetAsync(op, id));
    }
}

public sealed class BackupRestoreTests_Sqlite(SqliteAppFactory app) : BackupRestoreTests<SqliteAppFactory>(app)
{
    protected override string TagsLiteral => "'[\"注销\"]'";

    protected override string InstantLiteral => "'2026-11-01 00:00:00'";

    // The online backup of docs/operations.md: `sqlite3 yingshang.db "VACUUM INTO 'backup.db'"`, a consistent copy while the app runs.
    protected override async Task<DatabaseApp> BackUpAndRestoreAsync(SqliteAppFactory source)
    {
        var (connection, open) = FreshDatabase();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        var backup = $"VACUUM INTO '{file}'";
        await source.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(backup));
        return open();
    }

    protected override (string Connection, Func<DatabaseApp> Open) FreshDatabase()
    {
        var file = Path.Combine(Path.GetTempPath(), $"yingshang-copy-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={file};Pooling=False";
        return (connection, () => new DatabaseApp("Sqlite", connection, () =>
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
            return Task.CompletedTask;
        }));
    }
}

public sealed class BackupRestoreTests_Postgres(PostgresAppFactory app) : BackupRestoreTests<PostgresAppFactory>(app)
{
    protected override string TagsLiteral => "ARRAY['注销']";

    protected override string InstantLiteral => "TIMESTAMPTZ '2026-11-01 00:00:00+00'";

    // docs/operations.md: pg_dump -Fc (consistent while the app runs), then pg_restore into an empty database.
    protected override async Task<DatabaseApp> BackUpAndRestoreAsync(PostgresAppFactory source)
    {
        var dump = Path.Combine(Path.GetTempPath(), $"yingshang-{Guid.NewGuid():N}.dump");
        var (connection, open) = FreshDatabase();
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connection).Database!;
        try
        {
            await PgTools.RunAsync("pg_dump", "-Fc", "-d", source.Database, "-f", dump);
            await PgTools.ExecuteAsync($"CREATE DATABASE \"{target}\"");
            await PgTools.RunAsync("pg_restore", "--no-owner", "-d", target, dump);
        }
        finally
        {
            File.Delete(dump);
        }
        return open();
    }

    protected override (string Connection, Func<DatabaseApp> Open) FreshDatabase()
    {
        var database = $"ys_copy_{Guid.NewGuid():N}";
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(PostgresAppFactory.ServerAddress) { Database = database }.ToString();
        return (connection, () => new DatabaseApp("Postgres", connection, () =>
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            return PgTools.ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }));
    }
}
