using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Platform.Notifications;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>
/// On PostgreSQL the rows an intake or an appeal's step inserts take their keys from sequences, a block at a time (hi/lo),
/// instead of from the insert: every key is known before the save, so a row, its history, its message and their audit
/// entries go in one batch (one round trip) rather than one per table. Keys stay unique across instances; they ascend
/// per instance, not across instances, so nothing orders by them across instances. SQLite keeps its row ids.
/// </summary>
internal static class KeySequences
{
    /// <summary>Keys one instance takes per sequence call; a stopped instance leaves at most this many unused.</summary>
    public const int Block = 100;

    public static readonly string[] Names =
        ["appeals_appeal_hilo", "appeals_event_hilo", "appeals_co_department_hilo", "appeals_pause_hilo", "platform_outbox_message_hilo"];

    public static void Configure(ModelBuilder builder)
    {
        foreach (var name in Names) builder.HasSequence(name).IncrementsBy(Block);
        builder.Entity<Appeal>(appeal =>
        {
            appeal.Property(a => a.Id).UseHiLo("appeals_appeal_hilo");
            appeal.OwnsMany(a => a.Events, e => e.Property(x => x.Id).UseHiLo("appeals_event_hilo"));
            appeal.OwnsMany(a => a.CoDepartments, c => c.Property(x => x.Id).UseHiLo("appeals_co_department_hilo"));
            appeal.OwnsMany(a => a.Pauses, p => p.Property(x => x.Id).UseHiLo("appeals_pause_hilo"));
        });
        builder.Entity<OutboxMessage>().Property(m => m.Id).UseHiLo("platform_outbox_message_hilo");
    }
}
