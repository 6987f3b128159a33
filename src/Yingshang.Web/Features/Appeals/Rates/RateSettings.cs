using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Rates;

/// <summary>
/// The weights of the composite score, the weight of 基本满意 and the 红黑榜 threshold (README.md, "Rates").
/// Stored as thousandths so that both databases keep them exact; one row, changed by an Admin, audited.
/// </summary>
public sealed class RateSettings : Entity
{
    public const int Scale = 1000;

    private RateSettings() { }

    /// <summary>
    /// The defaults as the first save stores them: under <see cref="SingleRow.Id"/>, and from version 1, so that a form
    /// read from the defaults (version 0) is outdated once someone has saved.
    /// </summary>
    public static RateSettings FirstStored()
    {
        var settings = Defaults();
        settings.Id = SingleRow.Id;
        settings.Version = 1;
        return settings;
    }

    public static RateSettings Defaults() => new()
    {
        ResponseWeight = 300, ResolutionWeight = 350, SatisfactionWeight = 350, BasicSatisfiedWeight = 1000, MinDispatched = 10,
    };

    public int ResponseWeight { get; private set; }
    public int ResolutionWeight { get; private set; }
    public int SatisfactionWeight { get; private set; }
    public int BasicSatisfiedWeight { get; private set; }
    public int MinDispatched { get; private set; }

    public RateWeights Weights => new(ResponseWeight / (double)Scale, ResolutionWeight / (double)Scale,
        SatisfactionWeight / (double)Scale, BasicSatisfiedWeight / (double)Scale);

    public void Change(decimal response, decimal resolution, decimal satisfaction, decimal basicSatisfied, int minDispatched)
    {
        var r = Thousandths(response, "responseWeight", "响应率权重");
        var s = Thousandths(resolution, "resolutionWeight", "解决率权重");
        var m = Thousandths(satisfaction, "satisfactionWeight", "满意率权重");
        if (r + s + m != Scale) throw new FieldValidationException("responseWeight", $"三项权重之和须为 1（现为 {(r + s + m) / (decimal)Scale}）");
        var w = Thousandths(basicSatisfied, "basicSatisfiedWeight", "基本满意权重");
        if (minDispatched is < 1 or > 100_000) throw new FieldValidationException("minDispatched", "上榜最少派单量须为 1–100000 件");
        (ResponseWeight, ResolutionWeight, SatisfactionWeight, BasicSatisfiedWeight, MinDispatched) = (r, s, m, w, minDispatched);
    }

    private static int Thousandths(decimal value, string field, string label)
    {
        if (value is < 0 or > 1) throw new FieldValidationException(field, $"{label}须在 0–1 之间");
        if (decimal.Round(value, 3) != value) throw new FieldValidationException(field, $"{label}最多保留三位小数");
        return (int)(value * Scale);
    }
}

/// <summary>The composite = response·r + resolution·s + satisfaction·m; 基本满意 counts with weight w.</summary>
public sealed record RateWeights(double Response, double Resolution, double Satisfaction, double BasicSatisfied);

internal sealed class RateSettingsConfiguration : IEntityTypeConfiguration<RateSettings>
{
    public void Configure(EntityTypeBuilder<RateSettings> builder) => builder.ToTable("appeals_rate_settings");
}

/// <summary>Reads and changes the single settings row; an absent row means the defaults of DESIGN.md.</summary>
public sealed class RateSettingsStore(AppDbContext db)
{
    public async Task<RateSettings> GetAsync(CancellationToken ct) =>
        await db.Set<RateSettings>().AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct) ?? RateSettings.Defaults();

    public async Task<RateSettings> SaveAsync(SaveRateSettings request, CancellationToken ct)
    {
        var settings = await db.Set<RateSettings>().OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        var inserting = settings is null;
        if (settings is null)
        {
            settings = RateSettings.FirstStored();
            db.Add(settings);
        }
        else if (request.Version is { } version) settings.Version = version;
        settings.Change(Required(request.ResponseWeight, "responseWeight"), Required(request.ResolutionWeight, "resolutionWeight"),
            Required(request.SatisfactionWeight, "satisfactionWeight"), Required(request.BasicSatisfiedWeight, "basicSatisfiedWeight"),
            request.MinDispatched ?? throw new FieldValidationException("minDispatched", "请填写上榜最少派单量"));
        await SingleRow.SaveAsync(db, inserting, ct);
        return settings;
    }

    private static decimal Required(decimal? value, string field) => value ?? throw new FieldValidationException(field, "请填写权重");
}

/// <param name="Version">The <see cref="RateSettingsDto.Version"/> the change was made on; left out, it is saved over whatever is stored.</param>
public sealed record SaveRateSettings(
    decimal? ResponseWeight, decimal? ResolutionWeight, decimal? SatisfactionWeight, decimal? BasicSatisfiedWeight, int? MinDispatched,
    int? Version = null);

public sealed record RateSettingsDto(
    decimal ResponseWeight, decimal ResolutionWeight, decimal SatisfactionWeight, decimal BasicSatisfiedWeight, int MinDispatched, int Version)
{
    public static RateSettingsDto Of(RateSettings s) => new(s.ResponseWeight / (decimal)RateSettings.Scale,
        s.ResolutionWeight / (decimal)RateSettings.Scale, s.SatisfactionWeight / (decimal)RateSettings.Scale,
        s.BasicSatisfiedWeight / (decimal)RateSettings.Scale, s.MinDispatched, s.Version);
}
