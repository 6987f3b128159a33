using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Organisation.Departments;

// Member-initialised (not positional) so that EF can still filter and sort after the projection.
public sealed record DepartmentDto
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Region { get; init; } = "";
    public bool IsActive { get; init; }
}

public sealed record SaveDepartment([Required] string Code, [Required] string Name, [Required] string Region);

internal static class DepartmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/departments").WithTags("组织机构").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithSummary("部门列表（分页，可按名称/编码/县市检索）");
        group.MapGet("/{code}", async Task<Results<Ok<DepartmentDto>, NotFound>> (string code, AppDbContext db, CancellationToken ct) =>
            await Query(db).FirstOrDefaultAsync(d => d.Code == code, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound());
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin).WithSummary("新增部门");
    }

    internal static IQueryable<DepartmentDto> Query(AppDbContext db) =>
        from d in db.Departments.AsNoTracking()
        join r in db.Regions on d.RegionId equals r.Id
        select new DepartmentDto { Id = d.Id, Code = d.Code, Name = d.Name, Region = r.Name, IsActive = d.IsActive };

    private static async Task<Ok<PagedResult<DepartmentDto>>> ListAsync(
        AppDbContext db, [AsParameters] PageRequest page, string? q, string? region, CancellationToken ct)
    {
        var query = Query(db);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(d => d.Name.Contains(q) || d.Code.Contains(q));
        if (!string.IsNullOrWhiteSpace(region)) query = query.Where(d => d.Region == region);
        return TypedResults.Ok(await query.OrderBy(d => d.Id).ToPageAsync(page, ct));
    }

    internal static async Task<Created<DepartmentDto>> CreateAsync(SaveDepartment request, AppDbContext db, CancellationToken ct)
    {
        var code = Department.Normalise(request.Code);
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Name == request.Region || r.Code == request.Region, ct)
                     ?? throw new FieldValidationException("region", $"不存在名为“{request.Region}”的州或县市");
        if (await db.Departments.AnyAsync(d => d.Code == code, ct))
            throw new BusinessRuleException("duplicate-department", $"部门编码“{code}”已存在");
        var department = new Department(code, request.Name, region.Id);
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/departments/{code}",
            new DepartmentDto { Id = department.Id, Code = department.Code, Name = department.Name, Region = region.Name, IsActive = department.IsActive });
    }
}
