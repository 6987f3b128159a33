using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Web.Platform.Time;

/// <summary>The due instant as ISO 8601 in Beijing time to the second: <c>2026-02-25T23:59:59+08:00</c>.</summary>
public sealed record DeadlineDto(string Due);

public sealed record CalendarDayDto(DateOnly Date, string Kind, string Name)
{
    public static CalendarDayDto From(CalendarEntry e) => new(e.Date, e.Kind.Code(), e.Name);
}

/// <summary>The read side, open to every logged-in user (the API group requires authentication).</summary>
internal static class CalendarEndpoints
{
    public const decimal MaxHours = 8784;

    public static RouteGroupBuilder Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("工作日历");
        group.MapGet("/deadline", DeadlineAsync).WithSummary("计算期限：from 起 N 个工作日（workingDays）或 N 个日历小时（hours）")
            .WithDescription("N 个工作日 = from 的北京时间日期之后第 N 个工作日的 23:59:59；workingDays=0 为当天 23:59:59。" +
                             "涉及尚未录入节假日安排的年份时返回 409（code = calendar-year-missing）。");
        group.MapGet("/days", DaysAsync).WithSummary("某年的放假日与调休上班日（?year=2026）");
        group.MapGet("/years", async (CalendarAdministration admin, CancellationToken ct) => TypedResults.Ok(await admin.ListYearsAsync(ct)))
            .WithSummary("已录入节假日安排的年份");
        return group;
    }

    private static async Task<Results<Ok<DeadlineDto>, ValidationProblem>> DeadlineAsync(
        string? from, string? workingDays, string? hours, WorkCalendarProvider calendars, CancellationToken ct)
    {
        if (!Instants.TryParse(from, out var start))
            return Invalid("from", string.IsNullOrWhiteSpace(from) ? "请提供起算时刻 from" : $"from“{from}”无法识别：{Instants.Expected}");
        if (workingDays is null == hours is null)
            return Invalid("workingDays", "请提供 workingDays（工作日数）或 hours（日历小时数）二者之一");
        if (workingDays is not null)
        {
            if (!int.TryParse(workingDays, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                return Invalid("workingDays", $"workingDays“{workingDays}”须为整数");
            if (n is < 0 or > 365) throw new FieldValidationException("workingDays", "workingDays 须在 0–365 之间");
            var calendar = await calendars.GetAsync(ct);
            return TypedResults.Ok(new DeadlineDto(WorkCalendar.Format(calendar.AddWorkingDays(start, n))));
        }
        if (!decimal.TryParse(hours, NumberStyles.Number, CultureInfo.InvariantCulture, out var h))
            return Invalid("hours", $"hours“{hours}”须为数字");
        if (h is < 0 or > MaxHours) throw new FieldValidationException("hours", $"hours 须在 0–{MaxHours} 之间");
        return TypedResults.Ok(new DeadlineDto(WorkCalendar.Format(WorkCalendar.AddHours(start, (double)h))));
    }

    private static async Task<Results<Ok<List<CalendarDayDto>>, ValidationProblem>> DaysAsync(
        string? year, CalendarAdministration admin, CancellationToken ct)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return Invalid("year", string.IsNullOrWhiteSpace(year) ? "请提供年份 year，如 ?year=2026" : $"year“{year}”须为四位年份");
        WorkCalendar.CheckYearRange(y, "year");
        var days = await admin.ListDaysAsync(y, ct);
        return TypedResults.Ok(days.Select(CalendarDayDto.From).ToList());
    }

    internal static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: $"{field}: {message}");
}
