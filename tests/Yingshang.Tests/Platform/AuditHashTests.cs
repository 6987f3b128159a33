using Yingshang.Web.Platform.Audit;

namespace Yingshang.Tests.Platform;

public sealed class AuditHashTests
{
    private static AuditEntry Entry(string after) => new()
    {
        Id = 7, At = new DateTime(2026, 11, 27, 1, 2, 3, DateTimeKind.Utc), Actor = "admin", Action = "update",
        EntityType = "Department", EntityKey = "3", Before = "{\"Name\":\"甲\"}", After = after, PreviousHash = AuditHash.Genesis,
    };

    [Fact]
    public void Hash_is_stable_for_the_same_content() =>
        AuditHash.Compute(Entry("{\"Name\":\"乙\"}")).ShouldBe(AuditHash.Compute(Entry("{\"Name\":\"乙\"}")));

    [Fact]
    public void Any_change_of_content_changes_the_hash() =>
        AuditHash.Compute(Entry("{\"Name\":\"乙\"}")).ShouldNotBe(AuditHash.Compute(Entry("{\"Name\":\"丙\"}")));

    [Fact]
    public void Hash_is_sha256_hex() =>
        AuditHash.Compute(Entry("x")).ShouldMatch("^[0-9a-f]{64}$");
}
