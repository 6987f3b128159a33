using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>Applies migrations and runs the seeders before the app accepts requests.</summary>
internal sealed class DatabaseInitializer(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseInitializer> logger)
{
    // Any fixed number: instances starting together on one PostgreSQL seed one after another.
    private const string SeedLockSql = "SELECT pg_advisory_xact_lock(591800002)";
    private const long MigrateLock = 591800003;

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite()) await PrepareSqliteAsync(db, ct);
        if (db.Database.IsNpgsql()) await MigratePostgresAsync(db, ct);
        else await db.Database.MigrateAsync(ct);

        var demo = configuration.GetValue<bool>("Seed:Demo");
        var seeders = scope.ServiceProvider.GetServices<ISeeder>().Where(s => demo || !s.DemoOnly).OrderBy(s => s.Order);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(SeedLockSql, ct);
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(db, ct);
            db.ChangeTracker.Clear();
        }
        await tx.CommitAsync(ct);
        logger.LogInformation("Database ready ({Provider}, demo data {Demo})", db.Database.ProviderName, demo);
    }

    // EF's own migration lock on PostgreSQL lasts one migration's transaction only: with two or more pending
    // migrations, instances starting together each apply the later ones. A session lock serialises whole runs.
    private static async Task MigratePostgresAsync(AppDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState is "42P04" or "23505")
            {
                // Another instance created it a moment ago.
            }
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrateLock})", ct);
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrateLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task PrepareSqliteAsync(AppDbContext db, CancellationToken ct)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await db.Database.OpenConnectionAsync(ct);
        // WAL lets readers go on while one writer commits.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.CloseConnectionAsync();
    }
}
