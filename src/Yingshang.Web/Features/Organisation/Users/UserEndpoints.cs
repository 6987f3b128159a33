using Microsoft.AspNetCore.Http.HttpResults;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Organisation.Users;

internal static class UserEndpoints
{

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("用户");
        group.MapGet("/", async (UserAdministration admin, [AsParameters] PageRequest page, string? q, string? department, string? role, CancellationToken ct) =>
                TypedResults.Ok(await admin.ListAsync(page, q, department, role, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Supervisor, Roles.DepartmentLead))
            .WithSummary("用户列表（部门负责人只见本部门）");
        group.MapGet("/{id}", async Task<Results<Ok<UserDto>, NotFound>> (string id, UserAdministration admin, CancellationToken ct) =>
                await admin.GetAsync(id, ct) is { } u ? TypedResults.Ok(u) : TypedResults.NotFound())
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Supervisor, Roles.DepartmentLead));
        group.MapPost("/", async (SaveUser request, UserAdministration admin, CancellationToken ct) =>
            {
                var user = await admin.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/users/{user.Id}", user);
            })
            .RequireAuthorization(Platform.Security.Policies.Admin).WithSummary("新增用户");
        group.MapPut("/{id}", async Task<Results<Ok<UserDto>, NotFound>> (string id, SaveUser request, UserAdministration admin, CancellationToken ct) =>
                await admin.UpdateAsync(id, request, ct) is { } u ? TypedResults.Ok(u) : TypedResults.NotFound())
            .RequireAuthorization(Platform.Security.Policies.Admin).WithSummary("修改用户（角色、部门、启用状态、重置密码）");
        group.MapPost("/{id}/unlock", async Task<Results<NoContent, NotFound>> (string id, UserAdministration admin, CancellationToken ct) =>
                await admin.UnlockAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Platform.Security.Policies.Admin).WithSummary("解除锁定");
    }
}
