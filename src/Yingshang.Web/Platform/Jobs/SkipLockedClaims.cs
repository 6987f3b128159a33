using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yingshang.Web.Platform.Jobs;

/// <summary>
/// On PostgreSQL, a lease claim picks its candidates once, locking them with <c>FOR UPDATE SKIP LOCKED</c>. Without it, a
/// claimer whose snapshot still saw rows as free waited for their locks, kept the rows it re-checked and skipped, and
/// could form a cycle with another instance's outcome update (a deadlock, aborted after <c>deadlock_timeout</c>); a claimer
/// that never waits cannot be part of a cycle. The candidates move into a materialized CTE because a locking sub-SELECT
/// inside <c>IN (…)</c> may be run again for each outer row, each run locking the next rows past those just claimed.
/// LINQ has no locking clause and EF puts no query tag into an ExecuteUpdate's SQL, so the claim is known by its first
/// assignment (<see cref="LeaseClaims.ClaimAsync{T}"/> sets the lease holder first; no other statement does).
/// </summary>
internal sealed partial class SkipLockedClaims : DbCommandInterceptor
{
    public static readonly SkipLockedClaims Instance = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Complete(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Complete(command);
        return ValueTask.FromResult(result);
    }

    internal static void Complete(DbCommand command)
    {
        var sql = command.CommandText;
        if (!Claim().IsMatch(sql)) return;
        // The claim ends in "… AND x."Id" IN (SELECT … ORDER BY … LIMIT n)": its candidates are the last parenthesis.
        var end = sql.TrimEnd().Length - 1;
        var open = sql[end] == ')' ? Opening(sql, end) : -1;
        var candidates = open < 0 ? "" : sql[(open + 1)..end].Trim();
        if (open < 0 || !sql[..open].TrimEnd().EndsWith(" IN", StringComparison.Ordinal)
            || !candidates.StartsWith("SELECT", StringComparison.Ordinal) || !EndsInLimit().IsMatch(candidates))
            throw new InvalidOperationException($"A lease claim's SQL no longer ends in its candidates' LIMIT; the claim cannot skip locked rows:\n{sql}");
        var id = SelectedColumn().Match(candidates).Groups[1].Value;
        command.CommandText = $"WITH lease_claim AS MATERIALIZED (\n{candidates}\nFOR UPDATE SKIP LOCKED)\n{sql[..(open + 1)]}SELECT {id} FROM lease_claim)";
    }

    /// <summary>The "(" matching the ")" at <paramref name="close"/>; quoted names and literals are skipped.</summary>
    private static int Opening(string sql, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            var c = sql[i];
            if (c is '"' or '\'')
            {
                i = sql.LastIndexOf(c, i - 1);
                if (i < 0) return -1;
            }
            else if (c == ')') depth++;
            else if (c == '(' && --depth == 0) return i;
        }
        return -1;
    }

    [GeneratedRegex(@"^UPDATE\s+\S+\s+AS\s+\w+\s+SET\s+""LeaseHolder""\s*=")]
    private static partial Regex Claim();

    [GeneratedRegex(@"\bLIMIT\s+(?:@\w+|\$\d+|\d+)$")]
    private static partial Regex EndsInLimit();

    [GeneratedRegex(@"^SELECT\s+\w+\.(""\w+"")")]
    private static partial Regex SelectedColumn();
}
