using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Organisation;

public static class OrganisationModule
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services) =>
        services
            .AddScoped<ISeeder, RolesSeeder>()
            .AddScoped<ISeeder, DemoOrganisationSeeder>()
            .AddScoped<Users.UserAdministration>()
            .AddScoped<Departments.DepartmentAdministration>()
            .AddScoped<RoleList.RoleOverview>();

    public static IEndpointRouteBuilder MapOrganisation(this IEndpointRouteBuilder api)
    {
        Regions.RegionEndpoints.Map(api);
        Departments.DepartmentEndpoints.Map(api);
        Users.UserEndpoints.Map(api);
        RoleList.RoleEndpoints.Map(api);
        return api;
    }
}
