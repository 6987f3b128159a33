using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app over HTTP on a fresh database of one provider, seeded with the demo organisation.
/// One instance per test class (<c>IClassFixture</c>); tests in a class share its database.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Demo#2026";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>Starts at Friday 2026-11-27 09:00 in China; tests move it forward.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));

    public abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Extra configuration of a test class's host (e.g. a smaller demo register).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual Task InitializeAsync()
    {
        _ = Server; // builds the host: migrations and seeding run now, not inside the first test
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Yingshang", ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:Enterprises", "60");
        builder.UseSetting("Seed:Appeals", "0");
        builder.UseSetting("RateLimits:Public:PermitLimit", "10000");
        // EF logs an error while it checks whether a brand-new test database exists; that is expected here.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ErrorLog.FromEnvironment() is { } log) builder.ConfigureLogging(l => l.AddProvider(log));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A client authenticated with a bearer token of the given demo user.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password = Password)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            using var anonymous = CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
            _tokens[userName] = token;
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs work against the app's database as the system (no department scope).</summary>
    public async Task<T> InDatabaseAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task InDatabaseAsync(Func<AppDbContext, Task> work) =>
        InDatabaseAsync(async db => { await work(db); return true; });

    /// <summary>
    /// Saves <paramref name="write"/> in a transaction held open while <paramref name="request"/> runs, and commits it once
    /// the request waits for it: the request's reads cannot see the write and its own save must wait (a row or index lock
    /// on PostgreSQL, the write lock on SQLite), so the race a check-then-save must survive happens every time.
    /// </summary>
    public async Task<T> RaceAsync<T>(Func<AppDbContext, Task> write, Func<Task<T>> request)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await write(db);
        await db.SaveChangesAsync();
        var racing = request();
        await UntilWaitingAsync(db, racing);
        await transaction.CommitAsync();
        return await racing;
    }

    /// <summary>
    /// PostgreSQL shows a backend waiting on a lock; SQLite's writer retries its write lock with nothing to observe, so
    /// there the request gets a few seconds (its check and its save come well before) unless it is done sooner.
    /// </summary>
    private async Task UntilWaitingAsync(AppDbContext db, Task racing)
    {
        if (Provider != "Postgres")
        {
            await Task.WhenAny(racing, Task.Delay(TimeSpan.FromSeconds(3)));
            return;
        }
        // Asked on a connection of its own: inside the open transaction pg_stat_activity answers from a cached snapshot.
        await using var watch = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
        await watch.OpenAsync();
        await using var query = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watch);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!racing.IsCompleted && DateTime.UtcNow < until)
        {
            if ((long)(await query.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(25);
        }
    }

    private sealed record TokenBody(string AccessToken);
}
