using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals.Suggest.Keywords;

public sealed record DispatchKeywordDto(int Id, string Department, string DepartmentName, string Word, int Version);

/// <param name="Version">On a change, the <see cref="DispatchKeywordDto.Version"/> it was made on; left out, the change is saved over whatever is stored.</param>
public sealed record SaveDispatchKeyword(string? Department, string? Word, int? Version = null);

/// <summary>Lists and changes the keyword lists; each change retrains this instance's model at once (others see the stamp change).</summary>
public sealed class DispatchKeywordStore(AppDbContext db)
{
    public async Task<PagedResult<DispatchKeywordDto>> ListAsync(string? department, PageRequest page, CancellationToken ct) =>
        await Query(department, null).ToPageAsync(page, ct);

    public async Task<DispatchKeywordDto?> GetAsync(int id, CancellationToken ct) =>
        await Query(null, id).FirstOrDefaultAsync(ct);

    public async Task<DispatchKeywordDto> AddAsync(SaveDispatchKeyword request, CancellationToken ct)
    {
        var departmentId = await DepartmentAsync(request.Department, ct);
        var keyword = new DispatchKeyword(departmentId, request.Word ?? "");
        await UniqueAsync(departmentId, keyword.Word, null, ct);
        db.DispatchKeywords.Add(keyword);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(keyword.Id, ct))!;
    }

    public async Task<DispatchKeywordDto?> ChangeAsync(int id, SaveDispatchKeyword request, CancellationToken ct)
    {
        if (await db.DispatchKeywords.FirstOrDefaultAsync(k => k.Id == id, ct) is not { } keyword) return null;
        var departmentId = await DepartmentAsync(request.Department, ct);
        if (request.Version is { } version) keyword.Version = version;
        keyword.Change(departmentId, request.Word ?? "");
        await UniqueAsync(departmentId, keyword.Word, id, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<bool> DeleteAsync(int id, int? version, CancellationToken ct)
    {
        if (await db.DispatchKeywords.FirstOrDefaultAsync(k => k.Id == id, ct) is not { } keyword) return false;
        if (version is { } v) db.Entry(keyword).Property(k => k.Version).OriginalValue = v;
        db.DispatchKeywords.Remove(keyword);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Changes whenever a keyword is added, edited or deleted: the count, the highest id and the latest update.</summary>
    public static async Task<string> StampAsync(AppDbContext db, CancellationToken ct)
    {
        var s = await db.DispatchKeywords.AsNoTracking().GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), MaxId = g.Max(k => k.Id), Updated = g.Max(k => k.UpdatedAt) }).FirstOrDefaultAsync(ct);
        return s is null ? "0" : $"{s.Count}/{s.MaxId}/{s.Updated.Ticks}";
    }

    private IQueryable<DispatchKeywordDto> Query(string? department, int? id)
    {
        var code = department?.Trim();
        return db.DispatchKeywords.AsNoTracking().Where(k => id == null || k.Id == id)
            .Join(db.Departments, k => k.DepartmentId, d => d.Id, (k, d) => new { k, d })
            .Where(x => string.IsNullOrEmpty(code) || x.d.Code == code)
            .OrderBy(x => x.d.Code).ThenBy(x => x.k.Id)
            .Select(x => new DispatchKeywordDto(x.k.Id, x.d.Code, x.d.Name, x.k.Word, x.k.Version));
    }

    private async Task<int> DepartmentAsync(string? code, CancellationToken ct)
    {
        var c = code?.Trim() ?? "";
        if (c.Length == 0) throw new FieldValidationException("department", "请选择部门");
        return await db.Departments.Where(d => d.Code == c).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
               ?? throw new FieldValidationException("department", $"部门“{c}”不存在");
    }

    private async Task UniqueAsync(int departmentId, string word, int? except, CancellationToken ct)
    {
        if (await db.DispatchKeywords.AnyAsync(k => k.DepartmentId == departmentId && k.Word == word && k.Id != (except ?? 0), ct))
            throw new FieldValidationException("word", $"该部门已有关键词“{word}”");
    }
}
