using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Demo;
using Yingshang.Web.Features.Enterprises.Import;
using Yingshang.Web.Features.Enterprises.Profile;
using Yingshang.Web.Features.Enterprises.Search;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Enterprises;

public static class EnterprisesModule
{
    /// <summary>Who may import the register: the administrator and the business-environment office (README.md).</summary>
    public const string ImportPolicy = "EnterpriseImport";

    public static readonly string[] ImportRoles = [Roles.Admin, Roles.Supervisor];

    private const string ImportPage = "/Enterprises/Import/Index";

    public static IServiceCollection AddEnterprises(this IServiceCollection services)
    {
        services.AddOptions<EnterpriseImportOptions>().BindConfiguration("Enterprises:Import");
        services.AddAuthorizationBuilder().AddPolicy(ImportPolicy, p => p.RequireAuthenticatedUser().RequireRole(ImportRoles));
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<EnterpriseImportOptions>>((o, import) =>
        {
            o.Conventions.AuthorizeFolder("/Enterprises", Policies.Staff);
            o.Conventions.AuthorizePage(ImportPage, ImportPolicy);
            // Twice the file limit, so that a slightly larger file reaches the page and gets a readable answer.
            var limit = 2 * import.Value.MaxBytes + ImportEndpoint.EnvelopeBytes;
            o.Conventions.AddPageApplicationModelConvention(ImportPage, page =>
            {
                page.Filters.Add(new RequestSizeLimitAttribute(limit));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit, ValueLengthLimit = 16 * 1024 * 1024 });
            });
        });
        return services
            .AddScoped<IEnterpriseDirectory, EnterpriseDirectory>()
            .AddScoped<ImportEnterprisesHandler>()
            .AddScoped<SearchEnterprises>()
            .AddScoped<EnterpriseProfile>()
            .AddScoped<ISeeder, DemoEnterprisesSeeder>();
    }

    public static IEndpointRouteBuilder MapEnterprises(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/enterprises").WithTags("企业名录").RequireAuthorization(Policies.Staff);
        var import = api.ServiceProvider.GetRequiredService<IOptions<EnterpriseImportOptions>>().Value;
        ImportEndpoint.Map(group, import.MaxBytes);
        SearchEndpoint.Map(group);
        ProfileEndpoint.Map(group);
        return api;
    }
}
