using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Organisation.Departments;

internal static class DepartmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/departments").WithTags("组织机构").RequireAuthorization(Policies.Staff);
        group.MapGet("/", async (DepartmentAdministration departments, [AsParameters] PageRequest page, string? q, string? region, CancellationToken ct) =>
                TypedResults.Ok(await departments.ListAsync(page, new DepartmentFilter(q, region), ct)))
            .WithSummary("部门列表（分页，可按名称/编码/州或县市检索）");
        group.MapGet("/{code}", async Task<Results<Ok<DepartmentDto>, NotFound>> (string code, DepartmentAdministration departments, CancellationToken ct) =>
                await departments.GetAsync(code, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("部门详情");
        group.MapPost("/", async (SaveDepartment request, DepartmentAdministration departments, CancellationToken ct) =>
            {
                var department = await departments.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/departments/{department.Code}", department);
            })
            .RequireAuthorization(Policies.Admin).WithSummary("新增部门");
        group.MapPut("/{code}", async Task<Results<Ok<DepartmentDto>, NotFound>> (string code, UpdateDepartment request, DepartmentAdministration departments, CancellationToken ct) =>
                await departments.UpdateAsync(code, request, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Admin).WithSummary("修改部门（更名、启用/停用；带 version 时拒绝覆盖他人的修改）");
    }

    /// <summary>Departments with their region's name, for other capabilities' read models.</summary>
    internal static IQueryable<DepartmentDto> Query(AppDbContext db) => DepartmentAdministration.Project(db);
}
