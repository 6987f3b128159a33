using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yingshang.Web.Platform.Jobs;

/// <summary>
/// On PostgreSQL, a lease claim locks its candidates with <c>FOR UPDATE SKIP LOCKED</c>: without it, a claimer whose
/// snapshot still saw rows as free waited for their locks, kept the rows it re-checked and skipped locked, and could form
/// a cycle with another instance's outcome update (a deadlock, aborted after <c>deadlock_timeout</c>). A claimer that
/// never waits cannot be part of a cycle. LINQ has no locking clause, and EF does not put a query's tag into an
/// ExecuteUpdate's SQL, so the claim is known by its first assignment (<see cref="LeaseClaims.ClaimAsync{T}"/> sets the
/// lease holder first; no other statement does) and completed here.
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
        if (!Claim().IsMatch(command.CommandText)) return;
        var completed = CandidatesLimit().Replace(command.CommandText, "$1 FOR UPDATE SKIP LOCKED$2", 1);
        if (completed == command.CommandText)
            throw new InvalidOperationException($"A lease claim's SQL no longer ends in its candidates' LIMIT; the claim cannot skip locked rows:\n{command.CommandText}");
        command.CommandText = completed;
    }

    [GeneratedRegex(@"^UPDATE\s+\S+\s+AS\s+\w+\s+SET\s+""LeaseHolder""\s*=")]
    private static partial Regex Claim();

    // The claim's candidates are the statement's last sub-SELECT: "... ORDER BY "Id" LIMIT n )" at its very end.
    [GeneratedRegex(@"(\bLIMIT\s+(?:@\w+|\$\d+|\d+))(\s*\)\s*)$")]
    private static partial Regex CandidatesLimit();
}
