using System.Globalization;
using System.Text.RegularExpressions;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals.Sla;

/// <summary>The limits of one type × urgency: sign (签收), contact (响应) and close (办结).</summary>
public sealed record SlaPlan(SlaBudget Sign, SlaBudget Contact, SlaBudget Close);

/// <summary>Limits as people write them: <c>30min</c>, <c>2h</c> (calendar time) or <c>10wd</c> (working days).</summary>
public static partial class SlaLimits
{
    public static string Format(SlaBudget budget) => budget.Unit == SlaUnit.WorkingDays
        ? string.Create(CultureInfo.InvariantCulture, $"{budget.WorkingDays}wd")
        : budget.Duration.TotalMinutes % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{budget.Duration.TotalHours:0}h")
            : string.Create(CultureInfo.InvariantCulture, $"{budget.Duration.TotalMinutes:0}min");

    public static SlaBudget Parse(string text) =>
        TryParse(text, out var budget) ? budget : throw new InvalidOperationException($"Stored SLA limit '{text}' is unreadable.");

    public static SlaBudget ParseField(string? text, string field) =>
        TryParse(text, out var budget) && Within(budget) ? budget
            : throw new FieldValidationException(field, "时限格式如 30min、2h 或 10wd（工作日），且须大于 0、不超过 60 个工作日或 720 小时");

    public static bool TryParse(string? text, out SlaBudget budget)
    {
        budget = default;
        var m = Pattern().Match(text?.Trim().ToLowerInvariant() ?? "");
        if (!m.Success || !int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var n)) return false;
        budget = m.Groups[2].Value switch
        {
            "wd" => SlaBudget.OfWorkingDays(n),
            "h" => SlaBudget.OfHours(n),
            _ => SlaBudget.Of(TimeSpan.FromMinutes(n)),
        };
        return true;
    }

    private static bool Within(SlaBudget b) => b.Unit == SlaUnit.WorkingDays
        ? b.WorkingDays is >= 1 and <= 60
        : b.Duration > TimeSpan.Zero && b.Duration <= TimeSpan.FromHours(720);

    /// <summary>Comparable size for the order check sign ≤ contact ≤ close (a working day counted as 24 h).</summary>
    public static TimeSpan Rough(SlaBudget b) => b.Unit == SlaUnit.WorkingDays ? TimeSpan.FromDays(b.WorkingDays) : b.Duration;

    [GeneratedRegex(@"^([0-9]{1,5})(wd|h|min)$")]
    private static partial Regex Pattern();
}
