using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Rules;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Enterprises;

/// <summary>The register's filters and its read model, shared by the list, the export, the API and <see cref="EnterpriseDirectory"/>.</summary>
internal static class EnterpriseQueries
{
    public static IQueryable<Enterprise> Filter(this IQueryable<Enterprise> query, AppDbContext db, EnterpriseFilter f)
    {
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            var code = Uscc.Normalise(text);
            query = query.Where(e => e.Name.Contains(text) || e.Uscc.StartsWith(code));
        }
        if (!string.IsNullOrWhiteSpace(f.County))
        {
            var county = f.County.Trim();
            query = query.Where(e => db.Regions.Any(r => r.Id == e.CountyId && r.Name == county));
        }
        if (IndustryPrefix(f.Industry) is { } prefix) query = query.Where(e => e.IndustryCode!.StartsWith(prefix));
        if (f.Size is { } size) query = query.Where(e => e.Size == size);
        if (f.SizeUnknown) query = query.Where(e => e.Size == null);
        if (!string.IsNullOrWhiteSpace(f.Tag))
        {
            var tag = f.Tag.Trim();
            query = query.Where(e => e.Tags.Contains(tag));
        }
        if (f.Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (f.RiskClass is { } risk) query = query.Where(e => e.RiskClass == risk);
        return query;
    }

    /// <summary>C, C39, 39 (the section is derived) → the code prefix to match; null when empty.</summary>
    public static string? IndustryPrefix(string? industry)
    {
        var text = industry?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(text)) return null;
        if (char.IsAsciiDigit(text[0]) && text.Length >= 2 && int.TryParse(text[..2], out var division)
            && IndustryCodes.SectionOfDivision(division) is { } section)
            return section + text;
        return text;
    }

    public static IQueryable<EnterpriseFacts> ToFacts(this IQueryable<Enterprise> query, AppDbContext db) =>
        query.Select(e => new EnterpriseFacts
        {
            Uscc = e.Uscc, Name = e.Name, Kind = e.Kind,
            County = db.Regions.Where(r => r.Id == e.CountyId).Select(r => r.Name).FirstOrDefault(),
            IndustryCode = e.IndustryCode, IndustrySection = e.IndustrySection, Established = e.Established,
            RegisteredCapital = e.RegisteredCapital, Employees = e.Employees, InsuredEmployees = e.InsuredEmployees,
            Revenue = e.Revenue, TaxPaid = e.TaxPaid, TaxCredit = e.TaxCredit, Size = e.Size, Tags = e.Tags,
            Abnormal = e.Abnormal, Dishonest = e.Dishonest, RiskClass = e.RiskClass,
        });
}

internal sealed class EnterpriseDirectory(AppDbContext db) : IEnterpriseDirectory
{
    private const int Batch = 1000;

    public Task<EnterpriseFacts?> FindAsync(string uscc, CancellationToken ct)
    {
        var code = Uscc.Normalise(uscc);
        return db.Enterprises.AsNoTracking().Where(e => e.Uscc == code).ToFacts(db).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, EnterpriseFacts>> FindManyAsync(IEnumerable<string> usccs, CancellationToken ct)
    {
        var result = new Dictionary<string, EnterpriseFacts>(StringComparer.Ordinal);
        foreach (var chunk in usccs.Select(Uscc.Normalise).Distinct(StringComparer.Ordinal).Chunk(Batch))
            foreach (var facts in await db.Enterprises.AsNoTracking().Where(e => chunk.Contains(e.Uscc)).ToFacts(db).ToListAsync(ct))
                result[facts.Uscc] = facts;
        return result;
    }

    public Task<int> CountAsync(EnterpriseFilter filter, CancellationToken ct) =>
        db.Enterprises.AsNoTracking().Filter(db, filter).CountAsync(ct);

    public async IAsyncEnumerable<EnterpriseFacts> StreamAsync(EnterpriseFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            var last = after;
            var batch = await db.Enterprises.AsNoTracking().Filter(db, filter)
                .Where(e => e.Uscc.CompareTo(last) > 0).OrderBy(e => e.Uscc).Take(Batch).ToFacts(db).ToListAsync(ct);
            foreach (var facts in batch) yield return facts;
            if (batch.Count < Batch) yield break;
            after = batch[^1].Uscc;
        }
    }
}
