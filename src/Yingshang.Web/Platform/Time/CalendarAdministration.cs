using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Time;

public sealed record CalendarYearSummary(int Year, int Holidays, int Workdays);

/// <summary>Reads and changes the stored calendar; shared by the API and the admin page. Reads go to the database, not the cache.</summary>
public sealed class CalendarAdministration(AppDbContext db, WorkCalendarProvider calendars)
{
    public async Task<IReadOnlyList<CalendarYearSummary>> ListYearsAsync(CancellationToken ct)
    {
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind }).ToListAsync(ct);
        return [.. years.Select(y => new CalendarYearSummary(y,
            days.Count(d => d.Date.Year == y && d.Kind == CalendarDayKind.Holiday),
            days.Count(d => d.Date.Year == y && d.Kind == CalendarDayKind.Workday)))];
    }

    public async Task<IReadOnlyList<CalendarEntry>> ListDaysAsync(int year, CancellationToken ct)
    {
        await RequireYearAsync(year, ct);
        var (first, last) = Bounds(year);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date).Select(d => new { d.Date, d.Kind, d.Name }).ToListAsync(ct);
        return [.. days.Select(d => new CalendarEntry(d.Date, d.Kind, d.Name))];
    }

    public async Task<CalendarEntry?> FindDayAsync(DateOnly date, CancellationToken ct) =>
        await db.CalendarDays.AsNoTracking().Where(d => d.Date == date)
            .Select(d => new CalendarEntry(d.Date, d.Kind, d.Name)).FirstOrDefaultAsync(ct);

    /// <summary>Adds or changes one day of a published year; returns the day and whether it was new.</summary>
    public async Task<(CalendarEntry Day, bool Created)> SaveDayAsync(DateOnly date, string? kind, string? name, CancellationToken ct)
    {
        var entry = CalendarEntry.Create(date, kind, name);
        if (!await db.CalendarYears.AnyAsync(y => y.Year == date.Year, ct))
            throw new BusinessRuleException(WorkCalendar.YearMissing,
                $"{date.Year} 年尚未整年录入：请先按国务院办公厅通知录入该年全部安排（“录入新年度”），再逐日修改");
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null) db.CalendarDays.Add(new CalendarDay(entry));
        else day.Change(entry);
        await SaveAsync("calendar-day-conflict", $"{CalendarEntry.Format(date)} 刚被他人修改，请刷新后重试", ct);
        return (entry, day is null);
    }

    public async Task<bool> DeleteDayAsync(DateOnly date, CancellationToken ct)
    {
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null) return false;
        db.CalendarDays.Remove(day);
        await SaveAsync("calendar-day-conflict", $"{CalendarEntry.Format(date)} 刚被他人修改，请刷新后重试", ct);
        return true;
    }

    /// <summary>
    /// Publishes a whole year at once, all or nothing. Returns the row errors (nothing stored) or none. An existing
    /// year is refused unless <paramref name="replace"/>: then its days become exactly the given ones.
    /// </summary>
    public async Task<IReadOnlyList<CalendarRowError>> LoadYearAsync(int year, CalendarRowsResult rows, bool replace, CancellationToken ct)
    {
        WorkCalendar.CheckYearRange(year, "year");
        if (!rows.IsValid) return rows.Errors;
        if (rows.Days.Count == 0) return [new CalendarRowError(0, "days", $"请至少录入 {year} 年的一个放假日（每年都有法定节假日）")];
        if (rows.Days.Any(d => d.Date.Year != year)) throw new ArgumentException("Rows were checked for another year.", nameof(rows));

        var exists = await db.CalendarYears.AnyAsync(y => y.Year == year, ct);
        if (exists && !replace)
            throw new BusinessRuleException("calendar-year-exists", $"{year} 年的节假日安排已录入；如需整体替换请选择“替换已有数据”，或逐日修改");
        if (!exists) db.CalendarYears.Add(new CalendarYear(year));

        var (first, last) = Bounds(year);
        var stored = await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).ToDictionaryAsync(d => d.Date, ct);
        foreach (var entry in rows.Days)
        {
            if (stored.Remove(entry.Date, out var day)) day.Change(entry);
            else db.CalendarDays.Add(new CalendarDay(entry));
        }
        db.CalendarDays.RemoveRange(stored.Values);
        await SaveAsync("calendar-year-exists", $"{year} 年的节假日安排刚被他人录入，请刷新后查看", ct);
        return [];
    }

    private async Task RequireYearAsync(int year, CancellationToken ct)
    {
        if (!await db.CalendarYears.AnyAsync(y => y.Year == year, ct)) throw WorkCalendar.MissingYear(year);
    }

    private async Task SaveAsync(string conflictCode, string conflictMessage, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The unique indexes on date and year: another admin stored the same day or year a moment ago.
            throw new BusinessRuleException(conflictCode, conflictMessage);
        }
        finally
        {
            calendars.Invalidate();
        }
    }

    private static (DateOnly First, DateOnly Last) Bounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
