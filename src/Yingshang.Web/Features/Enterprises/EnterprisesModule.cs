using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Enterprises.Demo;
using Yingshang.Web.Features.Enterprises.Import;
using Yingshang.Web.Features.Enterprises.Profile;
using Yingshang.Web.Features.Enterprises.Search;
using Yingshang.Web.Features.Enterprises.Served;
using Yingshang.Web.Features.Enterprises.Service;
using Yingshang.Web.Features.Enterprises.Visits;
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
            o.Conventions.AuthorizeFolder("/Enterprises", Platform.Security.Policies.Staff);
            o.Conventions.AuthorizePage(ImportPage, ImportPolicy);
            // Twice the file limit, so that a slightly larger file reaches the page and gets a readable answer.
            var limit = 2 * import.Value.MaxBytes + ImportEndpoint.EnvelopeBytes;
            o.Conventions.AddPageApplicationModelConvention(ImportPage, page =>
            {
                page.Filters.Add(new RequestSizeLimitAttribute(limit));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit, ValueLengthLimit = 16 * 1024 * 1024 });
            });
        });
        Platform.Web.Navigation.Add(new Platform.Web.NavigationItem("市场主体", "我服务的企业", "/Enterprises/Served", ServiceOfficers.EligibleRoles));
        Platform.Web.Navigation.Add(new Platform.Web.NavigationItem("市场主体", "我的走访记录", "/Enterprises/Visits", ServiceOfficers.EligibleRoles));
        return services
            .AddScoped<ServiceOfficers>()
            .AddScoped<IServiceOfficers>(sp => sp.GetRequiredService<ServiceOfficers>())
            .AddScoped<AssignOfficerHandler>()
            .AddScoped<EnterpriseProfileLookup>()
            .AddScoped<ServedEnterprises>()
            .AddScoped<VisitQueries>()
            .AddScoped<RecordVisitHandler>()
            .AddScoped<IEnterpriseProfileSection, ServiceSection>()
            .AddScoped<ISeeder, DemoServiceSeeder>()
            .AddScoped<IEnterpriseDirectory, EnterpriseDirectory>()
            .AddScoped<ImportEnterprisesHandler>()
            .AddScoped<SearchEnterprises>()
            .AddScoped<EnterpriseProfile>()
            .AddScoped<ISeeder, DemoEnterprisesSeeder>();
    }

    public static IEndpointRouteBuilder MapEnterprises(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/enterprises").WithTags("企业名录").RequireAuthorization(Platform.Security.Policies.Staff);
        var import = api.ServiceProvider.GetRequiredService<IOptions<EnterpriseImportOptions>>().Value;
        ImportEndpoint.Map(group, import.MaxBytes);
        SearchEndpoint.Map(group);
        ProfileEndpoint.Map(group);
        OfficerEndpoints.Map(group);
        VisitEndpoints.Map(group);
        group.MapGet("/served", async (string? q, [AsParameters] Platform.Web.PageRequest page, ServedEnterprises served, CancellationToken ct) =>
                TypedResults.Ok(await served.PageAsync(q, page, ct)))
            .WithSummary("我服务的企业：本人担任首席服务员的企业（q 按名称或代码查找，分页）");
        return api;
    }
}
