using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>
/// At start-up, after the demo appeals: rebuilds the roll-up when its marker is missing or older than
/// <see cref="RateRollupBuilder.Version"/> — a database upgraded from before the roll-up, or one whose appeals were
/// written outside the app (the rates benchmark's generator clears the marker).
/// </summary>
internal sealed class RateRollupSeeder(TimeProvider clock, ILogger<RateRollupBuilder> logger) : ISeeder
{
    public int Order => 90;

    public bool DemoOnly => false;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var builder = new RateRollupBuilder(db, clock, logger);
        if (!await builder.IsCurrentAsync(ct)) await builder.RebuildAsync(ct);
    }
}
