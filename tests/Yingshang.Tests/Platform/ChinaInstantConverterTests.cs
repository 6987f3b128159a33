using System.Text.Json;
using Shouldly;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Tests.Platform;

public sealed class ChinaInstantConverterTests
{
    private sealed record Stamp(DateTime At, DateTime? Until);

    private static readonly JsonSerializerOptions Options = Configured();

    private static JsonSerializerOptions Configured()
    {
        var options = new JsonSerializerOptions();
        Json.Configure(options);
        return options;
    }

    [Fact]
    public void A_utc_instant_or_one_read_back_without_a_kind_is_written_in_Beijing_time_with_its_offset()
    {
        var utc = new DateTime(2026, 3, 2, 1, 15, 0, DateTimeKind.Utc);

        JsonSerializer.Serialize(new Stamp(utc, null), Options).ShouldBe("""{"at":"2026-03-02T09:15:00+08:00","until":null}""");
        JsonSerializer.Serialize(new Stamp(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), utc.AddTicks(1234567)), Options)
            .ShouldBe("""{"at":"2026-03-02T09:15:00+08:00","until":"2026-03-02T09:15:00.1234567+08:00"}""");
    }

    [Fact]
    public void Instants_are_read_with_their_offset_or_as_Beijing_time_and_kept_as_utc()
    {
        var read = JsonSerializer.Deserialize<Stamp>("""{"at":"2026-03-02T09:15:00+08:00","until":"2026-03-02T09:15:00"}""", Options)!;

        read.At.ShouldBe(new DateTime(2026, 3, 2, 1, 15, 0, DateTimeKind.Utc));
        read.At.Kind.ShouldBe(DateTimeKind.Utc);
        read.Until.ShouldBe(read.At);
        JsonSerializer.Deserialize<Stamp>("""{"at":"2026-03-02T01:15:00Z"}""", Options)!.At.ShouldBe(read.At);
    }

    [Fact]
    public void Text_that_is_no_instant_is_refused_with_the_expected_form()
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Stamp>("""{"at":"3月2日"}""", Options)).Message.ShouldContain("ISO 8601");
    }
}
