using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Organisation.Departments;

// Member-initialised (not positional) so that EF can still filter and sort after the projection.
public sealed record DepartmentDto
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Region { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public RegionLevel RegionLevel { get; init; }
    public bool IsActive { get; init; }

    /// <summary>Send it back with a change to refuse the change if someone else changed the department meanwhile.</summary>
    public int Version { get; init; }
}

/// <summary>Text matches code or name; region is a region code or name (<c>SFZ</c> = 州本级).</summary>
public sealed record DepartmentFilter(string? Q = null, string? Region = null);

public sealed record SaveDepartment(string? Code, string? Name, string? Region);

/// <summary>Rename and/or (de)activate; omitted members stay as they are.</summary>
public sealed record UpdateDepartment(string? Name, bool? IsActive, int? Version);

public sealed record RegionOption(string Code, string Name, RegionLevel Level)
{
    public string Label => Level == RegionLevel.Prefecture ? $"州本级（{Name}）" : Name;
}

public sealed record DepartmentOption(string Code, string Name, string Region, bool IsActive);

/// <summary>Department master data shared by the admin pages and the API.</summary>
public sealed class DepartmentAdministration(AppDbContext db)
{
    internal static IQueryable<DepartmentDto> Project(AppDbContext db) =>
        from d in db.Departments.AsNoTracking()
        join r in db.Regions on d.RegionId equals r.Id
        select new DepartmentDto
        {
            Id = d.Id, Code = d.Code, Name = d.Name, Region = r.Name, RegionCode = r.Code, RegionLevel = r.Level,
            IsActive = d.IsActive, Version = d.Version,
        };

    public IQueryable<DepartmentDto> Filtered(DepartmentFilter filter)
    {
        var query = Project(db);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(d => d.Name.Contains(q) || d.Code.Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(filter.Region))
            query = query.Where(d => d.RegionCode == filter.Region || d.Region == filter.Region);
        return query.OrderBy(d => d.Id);
    }

    public Task<PagedResult<DepartmentDto>> ListAsync(PageRequest page, DepartmentFilter filter, CancellationToken ct) =>
        Filtered(filter).ToPageAsync(page, ct);

    public Task<DepartmentDto?> GetAsync(string code, CancellationToken ct) =>
        Project(db).FirstOrDefaultAsync(d => d.Code == code, ct);

    public async Task<DepartmentDto> CreateAsync(SaveDepartment request, CancellationToken ct)
    {
        var code = Department.Normalise(request.Code ?? "");
        if (string.IsNullOrWhiteSpace(request.Region)) throw new FieldValidationException("region", "请选择所属州或县市");
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Name == request.Region || r.Code == request.Region, ct)
                     ?? throw new FieldValidationException("region", $"不存在名为“{request.Region}”的州或县市");
        if (await db.Departments.AnyAsync(d => d.Code == code, ct))
            throw new BusinessRuleException("duplicate-department", $"部门编码“{code}”已存在");
        var department = new Department(code, request.Name ?? "", region.Id);
        db.Departments.Add(department);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent submit with the same code won the unique index.
            if (await db.Departments.AsNoTracking().AnyAsync(d => d.Code == code, ct))
                throw new BusinessRuleException("duplicate-department", $"部门编码“{code}”已存在");
            throw;
        }
        return (await GetAsync(code, ct))!;
    }

    public async Task<DepartmentDto?> UpdateAsync(string code, UpdateDepartment request, CancellationToken ct)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (department is null) return null;
        if (request.Version is { } version) department.Version = version;
        if (request.Name is not null) department.Rename(request.Name);
        if (request.IsActive == true) department.Activate();
        if (request.IsActive == false) department.Deactivate();
        await db.SaveChangesAsync(ct);
        return await GetAsync(code, ct);
    }

    public Task<List<RegionOption>> RegionsAsync(CancellationToken ct) =>
        db.Regions.AsNoTracking().OrderBy(r => r.ParentId != null).ThenBy(r => r.Id)
            .Select(r => new RegionOption(r.Code, r.Name, r.Level)).ToListAsync(ct);

    /// <summary>Every department for selects, in region order; inactive ones are marked so forms can leave them out.</summary>
    public Task<List<DepartmentOption>> OptionsAsync(CancellationToken ct) =>
        Project(db).OrderBy(d => d.Id).Select(d => new DepartmentOption(d.Code, d.Name, d.Region, d.IsActive)).ToListAsync(ct);
}
