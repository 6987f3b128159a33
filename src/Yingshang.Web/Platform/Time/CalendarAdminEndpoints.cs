using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Platform.Time;

public sealed record SaveCalendarDay(string? Kind, string? Name);

public sealed record CalendarDayInput(string? Date, string? Kind, string? Name);

/// <summary>Changes to the calendar: Admin only.</summary>
internal static class CalendarAdminEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPut("/days/{date}", SaveDayAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("新增或修改一天（kind: holiday 放假 | workday 调休上班）");
        group.MapDelete("/days/{date}", async Task<Results<NoContent, NotFound, ValidationProblem>> (
                string date, CalendarAdministration admin, CancellationToken ct) =>
            {
                if (!TryParseDate(date, out var d)) return InvalidDate(date);
                return await admin.DeleteDayAsync(d, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
            })
            .RequireAuthorization(Policies.Admin).WithSummary("删除一天（恢复为按周一至周五判断）");
        group.MapPost("/years/{year:int}", LoadYearAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("整年录入（全部成功或全部不录入）；已录入的年份需 ?replace=true 才整体替换");
    }

    private static async Task<Results<Ok<CalendarDayDto>, Created<CalendarDayDto>, ValidationProblem>> SaveDayAsync(
        string date, SaveCalendarDay request, CalendarAdministration admin, CancellationToken ct)
    {
        if (!TryParseDate(date, out var d)) return InvalidDate(date);
        var (day, created) = await admin.SaveDayAsync(d, request.Kind, request.Name, ct);
        var dto = CalendarDayDto.From(day);
        return created ? TypedResults.Created($"/api/v1/calendar/days/{CalendarEntry.Format(d)}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<Results<Created<CalendarYearSummary>, ProblemHttpResult>> LoadYearAsync(
        int year, CalendarDayInput[] days, bool? replace, CalendarAdministration admin, CancellationToken ct)
    {
        // A null element ([null]) is a row with nothing in it: its date is reported missing like an empty row's.
        var rows = CalendarRows.Check(days.Select((d, i) => new CalendarRow(i, d?.Date, d?.Kind, d?.Name)), year);
        var errors = await admin.LoadYearAsync(year, rows, replace == true, ct);
        if (errors.Count > 0)
        {
            var fields = errors.GroupBy(e => e.Field == "days" ? "days" : $"days[{e.Row}].{e.Field}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.Problem(new HttpValidationProblemDetails(fields)
            {
                Status = StatusCodes.Status422UnprocessableEntity, Title = "输入校验未通过",
                Detail = $"{errors.Count} 处错误，{year} 年的安排未录入任何一天",
            });
        }
        var summary = new CalendarYearSummary(year,
            rows.Days.Count(d => d.Kind == CalendarDayKind.Holiday), rows.Days.Count(d => d.Kind == CalendarDayKind.Workday));
        return TypedResults.Created($"/api/v1/calendar/days?year={year}", summary);
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static ValidationProblem InvalidDate(string text) =>
        CalendarEndpoints.Invalid("date", $"日期“{text}”无法识别，应为 yyyy-MM-dd");
}
