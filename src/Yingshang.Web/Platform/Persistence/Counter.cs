using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace Yingshang.Web.Platform.Persistence;

/// <summary>A named sequence for human-readable case numbers (one row per series and year).</summary>
public sealed class Counter
{
    public string Name { get; set; } = "";
    public long Value { get; set; }
}

internal sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> builder)
    {
        builder.ToTable("platform_counter");
        builder.HasKey(x => x.Name);
        builder.Property(x => x.Name).HasMaxLength(64);
    }
}

/// <summary>
/// Hands out case numbers such as <c>SFZ-APL-2026-000123</c>; atomic on both providers, also across instances.
/// Outside a transaction on PostgreSQL an instance reserves a block of numbers at a time (<see cref="CounterBlocks"/>):
/// one counter row updated by every intake on every instance would queue them all behind each other's commit.
/// </summary>
public sealed class CaseNumbers(AppDbContext db, TimeProvider clock, CounterBlocks blocks)
{
    public async Task<string> NextAsync(string series, CancellationToken ct)
    {
        var year = Time.ChinaTime.ToLocal(clock.GetUtcNow()).Year;
        var value = await NextValueAsync($"{series}-{year}", ct);
        return string.Create(CultureInfo.InvariantCulture, $"SFZ-{series}-{year}-{value:D6}");
    }

    public Task<long> NextValueAsync(string name, CancellationToken ct) =>
        // Inside a caller's transaction a reserved block could roll back with it and be handed out twice, so it takes one.
        db.Database.IsNpgsql() && db.Database.CurrentTransaction is null
            ? blocks.NextAsync(name, size => AddAsync(name, size, ct), ct)
            : AddAsync(name, 1, ct);

    /// <summary>Adds <paramref name="count"/> to the counter in one statement (SQLite ≥ 3.35 and PostgreSQL) and returns the new value.</summary>
    private async Task<long> AddAsync(string name, long count, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "INSERT INTO platform_counter (\"Name\", \"Value\") VALUES (@name, @count) " +
                                  "ON CONFLICT (\"Name\") DO UPDATE SET \"Value\" = platform_counter.\"Value\" + @count RETURNING \"Value\"";
            Add(command, "@name", name);
            Add(command, "@count", count);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
