using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Features.Organisation;

public static class OrganisationModule
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services) =>
        services
            .AddScoped<ISeeder, RolesSeeder>()
            .AddScoped<ISeeder, DemoOrganisationSeeder>()
            .AddScoped<Users.UserAdministration>();

    public static IEndpointRouteBuilder MapOrganisation(this IEndpointRouteBuilder api)
    {
        Regions.RegionEndpoints.Map(api);
        Departments.DepartmentEndpoints.Map(api);
        Users.UserEndpoints.Map(api);
        return api;
    }
}
