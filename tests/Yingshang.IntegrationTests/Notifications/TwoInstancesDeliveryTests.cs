using Microsoft.EntityFrameworkCore;
using Npgsql;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Platform.Notifications;

namespace Yingshang.IntegrationTests.Notifications;

/// <summary>Two app instances on one PostgreSQL database, each running the delivery job, sharing one recording sender.</summary>
public sealed class TwoInstancesDeliveryTests : IAsyncLifetime
{
    private readonly OutboxPostgresApp _first = new();
    private OutboxPostgresApp _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new OutboxPostgresApp(_first.Database, _first.Sender);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Every_message_is_delivered_exactly_once_when_both_instances_deliver_at_the_same_time()
    {
        var ids = new List<int>();
        for (var round = 0; round < 5; round++)
        {
            // Producers on both instances keep adding while both deliver, two runs per instance at once.
            var queued = await Task.WhenAll(_first.EnqueueAsync($"multi-{round}-a", 30), _second.EnqueueAsync($"multi-{round}-b", 30));
            ids.AddRange(queued.SelectMany(q => q));
            await Task.WhenAll(new[] { _first, _second, _first, _second }.Select(app => Task.Run(app.DeliverAsync)));
        }
        await Task.WhenAll(_first.DeliverAsync(), _second.DeliverAsync());

        ids.Count.ShouldBe(300);
        var delivered = _first.Sender.Delivered.ToList();
        delivered.Count.ShouldBe(ids.Count);
        delivered.Order().ShouldBe(ids.Order());
        var statuses = await _first.InDatabaseAsync(db => db.Outbox.Where(m => ids.Contains(m.Id))
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        statuses.ShouldHaveSingleItem().Key.ShouldBe(OutboxStatus.Sent);
        (await _first.InDatabaseAsync(db => db.Outbox.Where(m => ids.Contains(m.Id)).SumAsync(m => m.Attempts))).ShouldBe(300);
    }

    [Fact]
    public async Task A_claim_passes_over_a_message_another_transaction_has_locked_instead_of_waiting_for_it()
    {
        var ids = await _first.EnqueueAsync("locked-by-another", 6);
        await using var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAppFactory.ServerAddress) { Database = _first.Database }.ToString());
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("""SELECT 1 FROM platform_outbox_message WHERE "Id" = $1 FOR UPDATE""", other, transaction))
        {
            hold.Parameters.Add(new NpgsqlParameter { Value = ids[1] });
            await hold.ExecuteScalarAsync();
        }

        // Waiting for the lock would never end while this test holds it; the guard only turns that into a failure.
        var delivery = _second.DeliverAsync();
        (await Task.WhenAny(delivery, Task.Delay(TimeSpan.FromSeconds(60)))).ShouldBe(delivery, "the claim waited for the locked message");
        await delivery;
        _first.Sender.Delivered.Where(ids.Contains).Order().ShouldBe(ids.Where(id => id != ids[1]));
        (await _first.MessageAsync(ids[1])).Status.ShouldBe(OutboxStatus.Pending);

        await transaction.RollbackAsync();
        await _second.DeliverAsync();
        _first.Sender.Delivered.Where(ids.Contains).Order().ShouldBe(ids);
    }
}
