using Yingshang.Web.Platform.Audit;

namespace Yingshang.Tests.Platform;

public sealed class AuditChangesTests
{
    [Fact]
    public void An_update_lists_only_the_fields_whose_value_changed()
    {
        var changes = AuditChanges.Read(
            """{"IsActive":true,"Name":"州大数据局","Version":1}""",
            """{"IsActive":false,"Name":"州大数据局","Version":2}""");

        changes.ShouldBe([new AuditChange("IsActive", "是", "否"), new AuditChange("Version", "1", "2")]);
    }

    [Fact]
    public void A_creation_lists_every_field_that_has_a_value()
    {
        var changes = AuditChanges.Read(null, """{"Code":"big-data","ParentId":null,"RegionId":1}""");

        changes.ShouldBe([new AuditChange("Code", null, "big-data"), new AuditChange("RegionId", null, "1")]);
    }

    [Fact]
    public void A_deletion_lists_what_was_there()
    {
        var changes = AuditChanges.Read("""{"RoleId":"r1","UserId":"u1"}""", null);

        changes.ShouldBe([new AuditChange("RoleId", "r1", null), new AuditChange("UserId", "u1", null)]);
    }

    [Theory]
    [InlineData("2026-11-27T01:02:03.456Z")]
    [InlineData("2026-11-27T01:02:03.456")]
    [InlineData("2026-11-27T01:02:03.456+00:00")]
    public void Stored_instants_read_in_China_time(string utc) =>
        AuditChanges.Read(null, $$"""{"UpdatedAt":"{{utc}}"}""").Single().After.ShouldBe("2026-11-27 09:02:03");

    [Fact]
    public void Dates_and_ordinary_text_are_left_as_they_are() =>
        AuditChanges.Read(null, """{"Day":"2026-10-01","Name":"2026-11-27T01:02 通知"}""")
            .Select(c => c.After).ShouldBe(["2026-10-01", "2026-11-27T01:02 通知"]);

    [Fact]
    public void Free_text_of_an_explicit_record_is_kept_whole() =>
        AuditChanges.Read(null, "导出 8 条").ShouldBe([new AuditChange("", null, "导出 8 条")]);

    [Fact]
    public void Masked_secrets_that_look_the_same_are_no_change() =>
        AuditChanges.Read("""{"PasswordHash":"***"}""", """{"PasswordHash":"***"}""").ShouldBeEmpty();
}
