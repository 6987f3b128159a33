using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;

namespace Yingshang.Tests.Platform;

public sealed class AuditSearchTests
{
    private static AuditEntry At(long id, int year, int month, int day, int hour, int minute) => new()
    {
        Id = id, At = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc), Actor = "admin",
        EntityType = "Department", EntityKey = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    // 2026-11-26 16:00 UTC is midnight of 11-27 in China; 2026-11-27 15:59 UTC is 23:59 of the same China day.
    private static readonly AuditEntry[] Log =
    [
        At(1, 2026, 11, 26, 15, 59), At(2, 2026, 11, 26, 16, 0), At(3, 2026, 11, 27, 15, 59), At(4, 2026, 11, 27, 16, 0),
    ];

    [Fact]
    public void A_date_range_is_of_China_days_and_includes_both_ends() =>
        Log.AsQueryable().Filter(new AuditFilter(From: new DateOnly(2026, 11, 27), To: new DateOnly(2026, 11, 27)))
            .Select(a => a.Id).ShouldBe([3, 2]);

    [Fact]
    public void Entries_come_newest_first() =>
        Log.AsQueryable().Filter(new AuditFilter()).Select(a => a.Id).ShouldBe([4, 3, 2, 1]);

    [Fact]
    public void Entity_type_and_key_select_one_record_history() =>
        Log.AsQueryable().Filter(new AuditFilter(EntityType: "Department", EntityKey: "3")).Single().Id.ShouldBe(3);

    [Fact]
    public void An_end_before_the_start_is_refused_on_the_end_field() =>
        Should.Throw<FieldValidationException>(() => Log.AsQueryable().Filter(new AuditFilter(From: new DateOnly(2026, 11, 27), To: new DateOnly(2026, 11, 26))))
            .Field.ShouldBe("to");
}
