using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Contracts;
using Yingshang.Web.Features.Enterprises.Service;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Enterprises.Visits;

/// <summary>An issue raised during the visit; <c>submitAsAppeal</c> files it as an appeal (channel visit) of type <c>type</c>.</summary>
public sealed record VisitIssueInput(string? Content, bool SubmitAsAppeal = false, string? Type = null, string? Category = null);

/// <summary>The body of <c>POST /api/v1/enterprises/{uscc}/visits</c>; <c>contactPhone</c> is the requester of the appeals filed.</summary>
public sealed record RecordVisit(
    string? VisitDate, string? Participants, string? Summary, string? ContactName, string? ContactPhone, IReadOnlyList<VisitIssueInput>? Issues);

public sealed record RecordedVisit(EnterpriseVisit Visit, bool Replayed);

public sealed class RecordVisitHandler(AppDbContext db, TimeProvider clock, ICurrentUser user, IEnterpriseAppealIntake appeals)
{
    public const int MaxParticipants = 200;
    public const int MaxSummary = 2000;
    public const int MaxIssue = 1000;

    /// <summary>
    /// Stores the visit and the appeals of its issues in one transaction: all or nothing. A <paramref name="key"/> already
    /// used for the same visit answers that visit (<c>Replayed</c>), also when both submissions arrive at once; used for
    /// another visit it is refused (409 <c>idempotency-key-reused</c>).
    /// </summary>
    public async Task<RecordedVisit> HandleAsync(EnterpriseProfileLookup.Found enterprise, RecordVisit r, string officerName, CancellationToken ct,
        string? key = null)
    {
        key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        if (key is { Length: > 100 }) throw new FieldValidationException("Idempotency-Key", "Idempotency-Key 不能超过 100 个字符");
        var date = ParseDate(r.VisitDate);
        var participants = Required(r.Participants, "participants", "参加人员", MaxParticipants);
        var summary = Required(r.Summary, "summary", "走访情况", MaxSummary);
        var contact = r.ContactName?.Trim();
        if (contact is { Length: > 50 }) throw new FieldValidationException("contactName", "企业联系人不能超过 50 个字");
        var issues = (r.Issues ?? []).Select((x, i) => (Index: i, Input: x, Text: x?.Content?.Trim() ?? "")).Where(x => x.Text.Length > 0).ToList();
        foreach (var (i, _, text) in issues)
            if (text.Length > MaxIssue) throw new FieldValidationException($"issues[{i}].content", $"问题描述不能超过 {MaxIssue} 个字");
        if (issues.Any(x => x.Input.SubmitAsAppeal) && string.IsNullOrWhiteSpace(r.ContactPhone))
            throw new FieldValidationException("contactPhone", "将问题作为诉求提交时，须填写企业联系电话");
        var visit = EnterpriseVisit.Record(enterprise.Uscc, enterprise.Name, user.Name, officerName, date, ChinaTime.Today(clock),
            participants, summary, string.IsNullOrEmpty(contact) ? null : contact, issues.Select(x => x.Text),
            key is null ? null : (key, Fingerprint(enterprise.Uscc, r, issues)));
        if (key is not null && await EarlierAsync(key, visit, ct) is { } earlier) return new RecordedVisit(earlier, true);
        try
        {
            return new RecordedVisit(await StoreAsync(enterprise, visit, r, issues, contact, ct), false);
        }
        catch (DbUpdateException e) when (key is not null && KeyViolation.Is(e))
        {
            // The other submission with this key won the unique index: answer with its visit.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(key, visit, ct) is { } winner) return new RecordedVisit(winner, true);
            throw;
        }
    }

    private async Task<EnterpriseVisit?> EarlierAsync(string key, EnterpriseVisit visit, CancellationToken ct)
    {
        var earlier = await db.EnterpriseVisits.AsNoTracking().FirstOrDefaultAsync(v => v.OfficerUserName == visit.OfficerUserName && v.SubmissionKey == key, ct);
        if (earlier is null) return null;
        return earlier.SameAs(visit) ? earlier
            : throw new BusinessRuleException("idempotency-key-reused", "该提交键已用于另一次内容不同的走访，请刷新页面后重新填写");
    }

    private async Task<EnterpriseVisit> StoreAsync(EnterpriseProfileLookup.Found enterprise, EnterpriseVisit visit, RecordVisit r,
        List<(int Index, VisitIssueInput Input, string Text)> issues, string? contact, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.EnterpriseVisits.Add(visit);
        await db.SaveChangesAsync(ct);
        for (var n = 0; n < issues.Count; n++)
        {
            var (index, input, text) = issues[n];
            if (!input.SubmitAsAppeal) continue;
            var submitted = await SubmitAsync(enterprise, visit, input, text, contact, r.ContactPhone, index, ct);
            visit.Issues[n].LinkAppeal(submitted.Id, submitted.Number);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return visit;
    }

    private async Task<SubmittedAppeal> SubmitAsync(EnterpriseProfileLookup.Found e, EnterpriseVisit visit, VisitIssueInput input, string text,
        string? contact, string? phone, int index, CancellationToken ct)
    {
        var name = string.IsNullOrEmpty(contact) ? e.Name[..Math.Min(50, e.Name.Length)] : contact;
        try
        {
            return await appeals.SubmitVisitIssueAsync(new VisitIssueAppeal(e.Uscc, text, string.IsNullOrWhiteSpace(input.Type) ? "求助" : input.Type,
                input.Category, e.County ?? "", null, name, phone!, visit.OfficerUserName, visit.OfficerName), ct);
        }
        catch (FieldValidationException x)
        {
            throw new FieldValidationException(x.Field switch
            {
                "requester.phone" => "contactPhone",
                "requester.name" => "contactName",
                "county" => "uscc",
                _ => $"issues[{index}].{x.Field}",
            }, x.Field == "county" ? "企业名录中该企业没有所属县市，无法提交诉求，请先补全企业信息" : x.Message);
        }
    }

    private static string Fingerprint(string uscc, RecordVisit r, List<(int Index, VisitIssueInput Input, string Text)> issues) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new
        {
            uscc, date = r.VisitDate?.Trim(), participants = r.Participants?.Trim(), summary = r.Summary?.Trim(), contact = r.ContactName?.Trim(),
            phone = r.ContactPhone?.Trim(),
            issues = issues.Select(x => new { x.Text, x.Input.SubmitAsAppeal, type = x.Input.Type?.Trim(), category = x.Input.Category?.Trim() }),
        })));

    private static DateOnly ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FieldValidationException("visitDate", "请填写走访日期");
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FieldValidationException("visitDate", "走访日期格式应为 yyyy-MM-dd，如 2026-11-20");
    }

    private static string Required(string? value, string field, string label, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) throw new FieldValidationException(field, $"请填写{label}");
        return text.Length <= max ? text : throw new FieldValidationException(field, $"{label}不能超过 {max} 个字");
    }
}
