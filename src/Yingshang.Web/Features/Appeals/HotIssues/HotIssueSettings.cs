using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.HotIssues;

/// <summary>
/// When a cluster is a hot issue (README.md, "Hot issues"): at least <see cref="MinSize"/> appeals in the current window
/// and at least <see cref="MinGrowth"/> times as many as in the previous one. Growth kept in hundredths so both
/// databases store it exactly; one row, changed by an Admin, audited.
/// </summary>
public sealed class HotIssueSettings : Entity
{
    public const int Scale = 100;

    private HotIssueSettings() { }

    /// <summary>
    /// The defaults as the first save stores them: under <see cref="SingleRow.Id"/>, and from version 1, so that a form
    /// read from the defaults (version 0) is outdated once someone has saved.
    /// </summary>
    public static HotIssueSettings FirstStored()
    {
        var settings = Defaults();
        settings.Id = SingleRow.Id;
        settings.Version = 1;
        return settings;
    }

    public static HotIssueSettings Defaults() => new() { MinSize = 5, MinGrowthHundredths = 150 };

    public int MinSize { get; private set; }
    public int MinGrowthHundredths { get; private set; }

    public decimal MinGrowth => MinGrowthHundredths / (decimal)Scale;

    public void Change(int minSize, decimal minGrowth)
    {
        if (minSize is < 2 or > 10_000) throw new FieldValidationException("minSize", "最少件数须为 2–10000 件");
        if (minGrowth is < 1 or > 100) throw new FieldValidationException("minGrowth", "最低增长倍数须为 1–100 倍");
        if (decimal.Round(minGrowth, 2) != minGrowth) throw new FieldValidationException("minGrowth", "最低增长倍数最多保留两位小数");
        (MinSize, MinGrowthHundredths) = (minSize, (int)(minGrowth * Scale));
    }
}

internal sealed class HotIssueSettingsConfiguration : IEntityTypeConfiguration<HotIssueSettings>
{
    public void Configure(EntityTypeBuilder<HotIssueSettings> builder) => builder.ToTable("appeals_hot_issue_settings");
}

public sealed record HotIssueSettingsDto(int MinSize, decimal MinGrowth, int Version)
{
    public static HotIssueSettingsDto Of(HotIssueSettings s) => new(s.MinSize, s.MinGrowth, s.Version);
}

/// <param name="Version">The <see cref="HotIssueSettingsDto.Version"/> the change was made on; left out, it is saved over whatever is stored.</param>
public sealed record SaveHotIssueSettings(int? MinSize, decimal? MinGrowth, int? Version = null);

/// <summary>Reads and changes the single settings row; an absent row means the defaults.</summary>
public sealed class HotIssueSettingsStore(AppDbContext db)
{
    public async Task<HotIssueSettings> GetAsync(CancellationToken ct) =>
        await db.Set<HotIssueSettings>().AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct) ?? HotIssueSettings.Defaults();

    public async Task<HotIssueSettings> SaveAsync(SaveHotIssueSettings request, CancellationToken ct)
    {
        var settings = await db.Set<HotIssueSettings>().OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        var inserting = settings is null;
        if (settings is null)
        {
            settings = HotIssueSettings.FirstStored();
            db.Add(settings);
        }
        else if (request.Version is { } version) settings.Version = version;
        settings.Change(request.MinSize ?? throw new FieldValidationException("minSize", "请填写最少件数"),
            request.MinGrowth ?? throw new FieldValidationException("minGrowth", "请填写最低增长倍数"));
        await SingleRow.SaveAsync(db, inserting, ct);
        return settings;
    }
}
