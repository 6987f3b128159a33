using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Time;

/// <summary>A stored holiday or make-up workday (调休). Days not stored follow the Monday–Friday rule.</summary>
public sealed class CalendarDay : Entity
{
    private CalendarDay() { }

    public CalendarDay(CalendarEntry entry)
    {
        Date = entry.Date;
        Change(entry);
    }

    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    public void Change(CalendarEntry entry)
    {
        if (entry.Date != Date) throw new InvalidOperationException("A calendar day cannot move to another date.");
        Kind = entry.Kind;
        Name = entry.Name;
    }

    public CalendarEntry ToEntry() => new(Date, Kind, Name);
}

/// <summary>
/// A year whose official arrangement (国务院办公厅通知) has been loaded. Only these years can be computed with:
/// a year without this record is refused instead of being guessed as plain Monday–Friday.
/// </summary>
public sealed class CalendarYear : Entity
{
    private CalendarYear() { }

    public CalendarYear(int year)
    {
        WorkCalendar.CheckYearRange(year, "year");
        Year = year;
    }

    public int Year { get; private set; }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("platform_calendar_day");
        builder.HasIndex(x => x.Date).IsUnique();
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Name).HasMaxLength(CalendarEntry.MaxNameLength);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("platform_calendar_year");
        builder.HasIndex(x => x.Year).IsUnique();
    }
}
