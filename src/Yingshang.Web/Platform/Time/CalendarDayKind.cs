namespace Yingshang.Web.Platform.Time;

/// <summary>An exception to the Monday–Friday rule: a day off on a weekday, or a make-up workday (调休) on a weekend.</summary>
public enum CalendarDayKind { Holiday, Workday }

public static class CalendarDayKinds
{
    /// <summary>The code used in the CSV and the API: <c>holiday</c> or <c>workday</c>.</summary>
    public static string Code(this CalendarDayKind kind) => kind == CalendarDayKind.Holiday ? "holiday" : "workday";

    public static string Title(this CalendarDayKind kind) => kind == CalendarDayKind.Holiday ? "放假" : "调休上班";

    public static bool TryParse(string? code, out CalendarDayKind kind)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "holiday": kind = CalendarDayKind.Holiday; return true;
            case "workday": kind = CalendarDayKind.Workday; return true;
            default: kind = default; return false;
        }
    }

    public const string Expected = "类型须为 holiday（放假）或 workday（调休上班）";
}
