using Yingshang.Web.Platform.Time;

namespace Yingshang.Tests.Time;

public sealed class InstantsTests
{
    private static readonly DateTimeOffset TenInBeijing = new(2026, 2, 13, 10, 0, 0, ChinaTime.Offset);

    [Theory]
    [InlineData("2026-02-13T10:00:00+08:00")]
    [InlineData("2026-02-13T02:00:00Z")]
    [InlineData("2026-02-13T02:00:00.000Z")]
    [InlineData("2026-02-13T10:00:00")]
    [InlineData("2026-02-13T10:00")]
    [InlineData("2026-02-13T10:00:00 08:00")]
    public void Reads_the_same_instant_in_every_accepted_form(string text)
    {
        Instants.TryParse(text, out var instant).ShouldBeTrue();
        instant.ShouldBe(TenInBeijing);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("13/02/2026 10:00")]
    [InlineData("2026-02-30T10:00:00+08:00")]
    public void Refuses_what_is_not_an_ISO_instant(string? text) =>
        Instants.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("0001-01-01T05:00")]
    [InlineData("9999-12-31T23:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void An_instant_at_the_ends_of_the_calendar_is_refused_not_overflowed(string text) =>
        Instants.TryParse(text, out _).ShouldBeFalse();
}
