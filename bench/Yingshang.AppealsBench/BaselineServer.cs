using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Yingshang.AppealsBench;

/// <summary>
/// The intake baseline: Kestrel, the same JSON body as <c>POST /api/v1/appeals</c>, one raw INSERT of the appeal's
/// columns into a plain table — no validation, SLA, audit, authentication or idempotency.
/// </summary>
internal static class BaselineServer
{
    public const string Table = "bench_baseline_appeal";

    internal sealed record Requester(string? Name, string? Phone, bool Confidential);

    internal sealed record Body(string? Content, string? Type, string? Urgency, string? Channel, string? County, string? Address, string? Category, Requester? Requester);

    public static async Task RunAsync(Options options)
    {
        await using var data = NpgsqlDataSource.Create(options.Required("postgres"));
        await using (var create = data.CreateCommand($"""
            CREATE TABLE IF NOT EXISTS {Table} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, content text NOT NULL,
              type text NOT NULL, urgency text NOT NULL, channel text NOT NULL, county text NOT NULL, address text NOT NULL,
              category text NOT NULL, requester_name text NOT NULL, requester_phone text NOT NULL,
              requester_confidential boolean NOT NULL, received_at timestamptz NOT NULL)
            """))
            await create.ExecuteNonQueryAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Required("url"));
        var app = builder.Build();
        app.MapGet("/health", () => "ok");
        app.MapPost("/api/v1/appeals", async (Body body, CancellationToken ct) =>
        {
            await using var insert = data.CreateCommand($"""
                INSERT INTO {Table} (content, type, urgency, channel, county, address, category, requester_name, requester_phone,
                  requester_confidential, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id
                """);
            foreach (var value in new object?[] { body.Content, body.Type, body.Urgency, body.Channel, body.County, body.Address, body.Category,
                         body.Requester?.Name, body.Requester?.Phone, body.Requester?.Confidential ?? false, DateTime.UtcNow })
                insert.Parameters.Add(new NpgsqlParameter { Value = value ?? "" });
            var id = (long)(await insert.ExecuteScalarAsync(ct))!;
            return Results.Created($"/api/v1/appeals/{id}", new { id });
        });
        await app.RunAsync();
    }
}
