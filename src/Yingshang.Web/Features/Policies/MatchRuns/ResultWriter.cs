using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Yingshang.Eligibility;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Policies.MatchRuns;

/// <summary>
/// Inserts result rows with multi-row INSERTs in the caller's transaction, bypassing the change tracker: they are
/// derived data, reproducible from the run's fingerprint, and one audit entry per pair would dwarf the results.
/// </summary>
internal static class ResultWriter
{
    private const int RowsPerStatement = 500;

    public static Task InsertAsync(AppDbContext db, IReadOnlyList<MatchRunResult> rows, CancellationToken ct) =>
        InsertAsync(db, "policies_match_result", ["RunId", "BenefitCode", "Uscc", "Outcome", "Amount"], rows,
            r => [r.RunId, r.BenefitCode, r.Uscc, r.Outcome == Outcome.Eligible ? "E" : "U", Normalise(r.Amount)], ct);

    public static Task InsertAsync(AppDbContext db, IReadOnlyList<MatchRunEnterprise> rows, CancellationToken ct) =>
        InsertAsync(db, "policies_match_enterprise", ["RunId", "Uscc", "Name", "County"], rows, r => [r.RunId, r.Uscc, r.Name, r.County], ct);

    private static async Task InsertAsync<T>(AppDbContext db, string table, string[] columns, IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Result rows are written inside the chunk's transaction.");
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {table} (").Append(string.Join(", ", columns.Select(c => $"\"{c}\""))).Append(") VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                if (i > 0) sql.Append(',');
                var row = values(chunk[i]);
                sql.Append('(').Append(string.Join(',', row.Select((_, k) => $"@p{i}_{k}"))).Append(')');
                for (var k = 0; k < row.Length; k++) Add(command, $"@p{i}_{k}", row[k]);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Two decimals always, so equal amounts are equal text on SQLite too (the changes query compares them).</summary>
    public static decimal? Normalise(decimal? amount) => amount is { } a ? decimal.Round(a, 2) + 0.00m : null;

    private static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
