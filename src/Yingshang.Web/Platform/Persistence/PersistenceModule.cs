using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Yingshang.Web.Platform.Persistence;

public static class PersistenceModule
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connection = configuration.GetConnectionString("Yingshang");
        services.AddScoped<AuditColumns>();
        services.AddPooledDbContextFactory<AppDbContext>(o =>
        {
            if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
            {
                if (string.IsNullOrWhiteSpace(connection))
                    throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Yingshang.");
                o.UseNpgsql(NpgsqlDefaults(connection), n => n.MigrationsAssembly("Yingshang.Migrations.Postgres"))
                    .AddInterceptors(Jobs.SkipLockedClaims.Instance);
            }
            else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                o.UseSqlite(SqliteConnection(connection, contentRoot), s => s.MigrationsAssembly("Yingshang.Migrations.Sqlite"));
            }
            else
            {
                throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
            }
            o.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
            // EF's check for two operations at once on one context writes an AsyncLocal on every query and save (a third
            // of a simple request's allocations); contexts here are per request or per job run and never shared.
            o.EnableThreadSafetyChecks(false);
        });
        // One pooled context per scope, bound to the scope's caller, audit trail and save participants.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext().Bind(
            sp.GetRequiredService<Security.DataScope>(), sp.GetRequiredService<Audit.AuditTrail>(), sp.GetRequiredService<AuditColumns>(),
            sp.GetServices<ISaveParticipant>()));
        services.AddScoped<CaseNumbers>().AddSingleton<CounterBlocks>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>
    /// The app's own defaults for a PostgreSQL connection string that does not set them. Statements used often are
    /// prepared once per connection (the intake's batch is parsed and planned once, not per request), and a connection
    /// going back to the pool is not reset: the app keeps no session state (its one session lock, the migration lock,
    /// is released before the connection is closed). Together a third less database CPU per intake (docs/performance.md,
    /// session 7).
    /// </summary>
    internal static string NpgsqlDefaults(string connection)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static string SqliteConnection(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=data/yingshang.db" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
