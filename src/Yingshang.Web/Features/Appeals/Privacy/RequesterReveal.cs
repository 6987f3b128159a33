using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Privacy;

public sealed record RevealBody(string? Reason);

public sealed record RevealedRequester(string Name, string Phone);

/// <summary>查看完整号码: the requester's full name and phone for a caller allowed to contact them, each reveal audited.</summary>
public sealed class RequesterReveal(AppDbContext db, RequesterPrivacy privacy, AuditTrail audit)
{
    public const string AuditAction = "reveal";
    public const int MaxReason = 200;

    public sealed record Outcome(RevealedRequester? Requester, bool Found, string? Refusal);

    public async Task<Outcome> RevealAsync(int id, string? reason, CancellationToken ct)
    {
        var appeal = await db.Appeals.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appeal is null) return new Outcome(null, false, null);
        if (privacy.RevealRefusal(appeal) is { } refusal) return new Outcome(null, true, refusal);
        var why = reason?.Trim();
        if (why is { Length: > MaxReason }) throw new FieldValidationException("reason", $"查看事由不能超过 {MaxReason} 个字");
        audit.Record(AuditAction, nameof(Appeal), id.ToString(CultureInfo.InvariantCulture),
            JsonSerializer.Serialize(new { Fields = "诉求人姓名、联系电话", Reason = why is { Length: > 0 } ? why : null }, Json));
        await db.SaveChangesAsync(ct);
        return new Outcome(new RevealedRequester(appeal.RequesterName, appeal.RequesterPhone), true, null);
    }

    /// <summary><c>POST /api/v1/appeals/{id}/reveal</c></summary>
    public static async Task<Results<Ok<RevealedRequester>, NotFound, ProblemHttpResult>> EndpointAsync(
        int id, RevealBody? body, RequesterReveal reveal, CancellationToken ct)
    {
        var outcome = await reveal.RevealAsync(id, body?.Reason, ct);
        if (!outcome.Found) return TypedResults.NotFound();
        return outcome.Requester is { } requester
            ? TypedResults.Ok(requester)
            : TypedResults.Problem(statusCode: 403, title: "无权查看完整联系方式", detail: outcome.Refusal);
    }

    /// <summary>The reason stored with a reveal's audit entry, if one was given.</summary>
    public static string? ReasonOf(string? detail)
    {
        if (string.IsNullOrEmpty(detail)) return null;
        try
        {
            using var doc = JsonDocument.Parse(detail);
            return doc.RootElement.TryGetProperty("Reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
