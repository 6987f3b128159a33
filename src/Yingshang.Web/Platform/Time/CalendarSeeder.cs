using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Time;

/// <summary>
/// Loads the shipped State Council arrangements (cn-holidays.csv) into the database: every year of the file that the
/// database does not have yet. Years already present are never touched, so an Admin's corrections survive restarts.
/// </summary>
internal sealed class CalendarSeeder : ISeeder
{
    public static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Platform", "Time", "cn-holidays.csv");

    public int Order => 1;
    public bool DemoOnly => false;

    public async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var result = CalendarRows.FromCsv(await File.ReadAllTextAsync(FilePath, ct), year: null);
        if (!result.IsValid)
        {
            var e = result.Errors[0];
            throw new InvalidOperationException($"{FilePath} line {e.Row} ({e.Field}): {e.Message}");
        }
        var present = await db.CalendarYears.Select(y => y.Year).ToListAsync(ct);
        var missing = result.Days.Where(d => !present.Contains(d.Date.Year)).ToList();
        if (missing.Count == 0) return;
        foreach (var year in missing.Select(d => d.Date.Year).Distinct()) db.CalendarYears.Add(new CalendarYear(year));
        foreach (var day in missing) db.CalendarDays.Add(new CalendarDay(day));
        await db.SaveChangesAsync(ct);
    }
}
