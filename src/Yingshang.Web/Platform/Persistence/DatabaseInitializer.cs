using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>Applies migrations and runs the seeders before the app accepts requests.</summary>
internal sealed class DatabaseInitializer(IServiceProvider services, IConfiguration configuration, ILogger<DatabaseInitializer> logger)
{
    // Any fixed number: instances starting together on one PostgreSQL seed one after another.
    private const string SeedLockSql = "SELECT pg_advisory_xact_lock(591800002)";

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite()) await PrepareSqliteAsync(db, ct);
        await db.Database.MigrateAsync(ct);

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
