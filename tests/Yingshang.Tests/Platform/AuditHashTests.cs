using Yingshang.Web.Platform.Audit;

namespace Yingshang.Tests.Platform;

public sealed class AuditHashTests
{
    private static AuditEntry Entry(string after, long seq = 7, string previous = AuditHash.Genesis)
    {
        var entry = new AuditEntry
        {
            Id = 42, At = new DateTime(2026, 11, 27, 1, 2, 3, DateTimeKind.Utc), Actor = "admin", Action = "update",
            EntityType = "Department", EntityKey = "3", Before = "{\"Name\":\"甲\"}", After = after,
        };
        entry.Seal(seq, previous);
        return entry;
    }

    [Fact]
    public void Hash_is_stable_for_the_same_content() =>
        Entry("{\"Name\":\"乙\"}").Hash.ShouldBe(Entry("{\"Name\":\"乙\"}").Hash);

    [Fact]
    public void Any_change_of_content_changes_the_hash() =>
        Entry("{\"Name\":\"乙\"}").Hash.ShouldNotBe(Entry("{\"Name\":\"丙\"}").Hash);

    [Fact]
    public void The_place_in_the_chain_and_the_previous_hash_are_part_of_the_hash()
    {
        Entry("x", seq: 8).Hash.ShouldNotBe(Entry("x").Hash);
        Entry("x", previous: new string('1', 64)).Hash.ShouldNotBe(Entry("x").Hash);
    }

    [Fact]
    public void Hash_is_sha256_hex_and_recomputes_from_the_stored_fields()
    {
        var entry = Entry("x");
        entry.Hash.ShouldMatch("^[0-9a-f]{64}$");
        AuditHash.Compute(entry).ShouldBe(entry.Hash);
    }

    [Fact]
    public void An_entry_is_sealed_once() =>
        Should.Throw<InvalidOperationException>(() => Entry("x").Seal(9, AuditHash.Genesis));
}
