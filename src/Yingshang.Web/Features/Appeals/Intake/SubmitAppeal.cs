using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Appeals.Notify;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Appeals.Intake;

public sealed record RequesterInput(string? Name, string? Phone, bool Confidential = false);

/// <summary>
/// The body of <c>POST /api/v1/appeals</c> (issue 3); type and urgency in Chinese, channel as a code; <c>uscc</c> names the
/// enterprise concerned (required for <c>visit</c>, ignored in favour of the account's own for <c>enterprise</c>).
/// </summary>
public sealed record SubmitAppeal(
    string? Content, string? Type, string? Urgency, string? Channel, string? County, string? Address, string? Category,
    RequesterInput? Requester, string? Uscc = null);

/// <summary>Validates a new appeal and stores it once per Idempotency-Key, also under concurrent retries.</summary>
public sealed partial class SubmitAppealHandler(
    AppDbContext db, CaseNumbers numbers, AppealContextFactory contexts, AppealMessages messages, EnterpriseLink enterprises,
    CountyLookup counties)
{
    public const int MaxContent = 4000;
    private const string TrackingAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <param name="Created">The appeal as stored by this request (null for a replay), for an answer without reading it back.</param>
    public sealed record Outcome(int Id, bool Replayed, Appeal? Created = null);

    /// <param name="receiver">Who the receipt names when not the caller (a visit's officer); the caller by default.</param>
    /// <param name="keyScope">Whose <paramref name="idempotencyKey"/> it is: the same key from another scope is another appeal.</param>
    public async Task<Outcome> HandleAsync(SubmitAppeal request, string? idempotencyKey, CancellationToken ct, AppealActor? receiver = null,
        string keyScope = "")
    {
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (key is { Length: > 100 }) throw new FieldValidationException("Idempotency-Key", "Idempotency-Key 不能超过 100 个字符");
        var fingerprint = key is null ? null : Fingerprint(request);
        // A repeat is found by the unique index when it collides (below), which saves every first request a query; inside a
        // caller's transaction a collision would abort that transaction, so there it is looked up first.
        if (key is not null && db.Database.CurrentTransaction is not null && await FindAsync(key, keyScope, fingerprint!, ct) is { } earlier)
            return new Outcome(earlier, true);

        var intake = await ValidateAsync(request, key, fingerprint, ct) with { IdempotencyScope = keyScope };
        var context = receiver is null ? await contexts.CreateAsync(ct) : await contexts.CreateAsync(receiver, ct);
        var appeal = Appeal.Receive(intake, await numbers.NextAsync("APL", ct), RandomNumberGenerator.GetString(TrackingAlphabet, 10), context);
        // Async, so that a key from the sequence (PostgreSQL) is fetched without blocking when a block runs out.
        await db.Appeals.AddAsync(appeal, ct);
        try
        {
            // The receipt SMS names the appeal: on SQLite its id exists only after a first save.
            await db.SaveChangesAsync(() => messages.Received(appeal), ct);
        }
        catch (DbUpdateException e) when (key is not null && KeyViolation.Is(e))
        {
            // A concurrent request with the same key won the unique index: answer with its appeal.
            db.ChangeTracker.Clear();
            if (await FindAsync(key, keyScope, fingerprint!, ct) is { } winner) return new Outcome(winner, true);
            throw;
        }
        return new Outcome(appeal.Id, false, appeal);
    }

    private async Task<int?> FindAsync(string key, string scope, string fingerprint, CancellationToken ct)
    {
        var hit = await db.Appeals.IgnoreQueryFilters().AsNoTracking().Where(a => a.IdempotencyKey == key && a.IdempotencyScope == scope)
            .Select(a => new { a.Id, a.IdempotencyFingerprint }).FirstOrDefaultAsync(ct);
        if (hit is null) return null;
        if (hit.IdempotencyFingerprint != fingerprint)
            throw new BusinessRuleException("idempotency-key-reused", "该 Idempotency-Key 已用于另一份内容不同的诉求，请为新诉求使用新的键");
        return hit.Id;
    }

    /// <summary>Every field is checked, and one 422 names all the invalid ones.</summary>
    private async Task<AppealIntake> ValidateAsync(SubmitAppeal r, string? key, string? fingerprint, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var content = r.Content?.Trim() ?? "";
        if (content.Length == 0) errors.Add("content", "请填写诉求内容");
        else if (content.Length > MaxContent) errors.Add("content", $"诉求内容不能超过 {MaxContent} 个字（现为 {content.Length} 个）");
        var type = errors.Check(() => AppealKinds.ParseType(r.Type), AppealType.Consultation);
        var urgency = errors.Check(() => AppealKinds.ParseUrgency(r.Urgency), AppealUrgency.Normal);
        AppealChannel? channel = string.IsNullOrWhiteSpace(r.Channel)
            ? enterprises.IsEnterpriseUser ? AppealChannel.Enterprise : AppealChannel.Api
            : errors.Check<AppealChannel?>(() => AppealKinds.ParseChannel(r.Channel), null);
        // Who may use the channel and which enterprise it names (403, or 422 uscc) are checked as soon as the channel is known.
        var linked = channel is { } c ? await errors.CheckAsync(() => enterprises.ResolveAsync(c, r.Uscc, ct), null) : null;
        var requester = channel == AppealChannel.Enterprise && linked is not null ? await DefaultContactAsync(r.Requester, linked, ct) : r.Requester;
        var county = (string.IsNullOrWhiteSpace(r.County) ? linked?.County : r.County)?.Trim() ?? "";
        int regionId = 0;
        if (county.Length == 0) errors.Add("county", "请选择县市");
        else if (await counties.FindAsync(db, county, ct) is { } found) regionId = found;
        else errors.Add("county", $"不存在县市“{county}”");
        var address = errors.Check(() => Limit(r.Address, "address", "地址", 200), "");
        var category = errors.Check(() => Limit(r.Category, "category", "诉求分类", 50), "");
        var name = errors.Check(() => Limit(requester?.Name, "requester.name", "诉求人姓名", 50), "-");
        if (name.Length == 0) errors.Add("requester.name", "请填写诉求人姓名（匿名可填“匿名”）");
        var phone = Regex.Replace(requester?.Phone ?? "", @"\s", "");
        if (phone.Length == 0) errors.Add("requester.phone", "请填写联系电话");
        else if (!Phone().IsMatch(phone))
            errors.Add("requester.phone", "联系电话须为 11 位手机号（如 13812345678）或带区号的固话（如 0871-61234567）");
        errors.ThrowIfAny();
        return new AppealIntake(content, type, urgency, channel!.Value, regionId, address, category, name, phone,
            requester?.Confidential ?? false, key, fingerprint, linked?.Uscc, linked?.Name);
    }

    /// <summary>A 企业用户's appeal names its account's contact where the form left the requester empty.</summary>
    private async Task<RequesterInput> DefaultContactAsync(RequesterInput? given, EnterpriseLink.Linked enterprise, CancellationToken ct)
    {
        var contact = await enterprises.ContactAsync(ct);
        var name = string.IsNullOrWhiteSpace(given?.Name) ? (contact.Name.Length > 0 ? contact.Name : enterprise.Name) : given.Name;
        if (name.Length > 50) name = name[..50];
        var phone = string.IsNullOrWhiteSpace(given?.Phone) ? contact.Phone : given.Phone;
        return new RequesterInput(name, phone, given?.Confidential ?? false);
    }

    private static string Limit(string? value, string field, string label, int max)
    {
        var text = value?.Trim() ?? "";
        return text.Length <= max ? text : throw new FieldValidationException(field, $"{label}不能超过 {max} 个字");
    }

    private static string Fingerprint(SubmitAppeal request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));

    // Mainland mobile numbers (GB/T 13432 numbering: 1[3-9] + 9 digits) or landlines with a 3–4 digit area code.
    [GeneratedRegex(@"^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")]
    private static partial Regex Phone();
}
