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

/// <summary>Hands out case numbers such as <c>SFZ-APL-2026-000123</c>; atomic on both providers, also across instances.</summary>
public sealed class CaseNumbers(AppDbContext db, TimeProvider clock)
{
    public async Task<string> NextAsync(string series, CancellationToken ct)
    {
        var year = Time.ChinaTime.ToLocal(clock.GetUtcNow()).Year;
        var value = await NextValueAsync($"{series}-{year}", ct);
        return string.Create(CultureInfo.InvariantCulture, $"SFZ-{series}-{year}-{value:D6}");
    }

    public async Task<long> NextValueAsync(string name, CancellationToken ct)
    {
        // One statement, understood by SQLite ≥ 3.35 and PostgreSQL: the row lock makes it atomic.
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "INSERT INTO platform_counter (\"Name\", \"Value\") VALUES (@name, 1) " +
                                  "ON CONFLICT (\"Name\") DO UPDATE SET \"Value\" = platform_counter.\"Value\" + 1 RETURNING \"Value\"";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@name";
            parameter.Value = name;
            command.Parameters.Add(parameter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}
