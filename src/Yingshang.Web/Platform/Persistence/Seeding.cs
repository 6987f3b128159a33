namespace Yingshang.Web.Platform.Persistence;

/// <summary>Reference or demo data written at start-up, after migrations, inside one locked transaction.</summary>
public interface ISeeder
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    /// <summary>Demo seeders run only with <c>Seed:Demo=true</c>.</summary>
    bool DemoOnly { get; }

    Task SeedAsync(AppDbContext db, CancellationToken ct);
}
