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
                o.UseNpgsql(connection, n => n.MigrationsAssembly("Yingshang.Migrations.Postgres"));
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
