using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Browse;
using Yingshang.Web.Features.Policies.Calculator;
using Yingshang.Web.Features.Policies.Check;
using Yingshang.Web.Features.Policies.Create;
using Yingshang.Web.Features.Policies.Demo;
using Yingshang.Web.Features.Policies.Edit;
using Yingshang.Web.Features.Policies.Evaluate;
using Yingshang.Web.Features.Policies.Handbook;
using Yingshang.Web.Features.Policies.Publish;
using Yingshang.Web.Features.Policies.PublicCalculator;
using Yingshang.Web.Features.Policies.Versions;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;
using SecurityPolicies = Yingshang.Web.Platform.Security.Policies;

namespace Yingshang.Web.Features.Policies;

public static class PoliciesModule
{
    /// <summary>Who may write policies and rules: the business-environment office and the administrator (README.md).</summary>
    public const string WritePolicy = "PolicyWrite";

    public static readonly string[] WriteRoles = [Roles.Admin, Roles.Supervisor];

    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(WritePolicy, p => p.RequireAuthenticatedUser().RequireRole(WriteRoles));
        services.AddOptions<RazorPagesOptions>().Configure(o =>
        {
            o.Conventions.AuthorizeFolder("/Policies", SecurityPolicies.Staff);
            o.Conventions.AuthorizePage("/Policies/Versions/Index", WritePolicy);
            o.Conventions.AuthorizeFolder("/Policies/Edit", WritePolicy);
        });
        Navigation.Add(new NavigationItem("惠企政策", "政策文件", "/Policies", SecurityPolicies.RolesOf[SecurityPolicies.Staff]));
        Navigation.Add(new NavigationItem("惠企政策", "政策计算器", "/Policies/Calculator", SecurityPolicies.RolesOf[SecurityPolicies.Staff]));
        return services
            .AddScoped<CreatePolicyHandler>()
            .AddScoped<EditPolicyHandler>()
            .AddScoped<PublishPolicyHandler>()
            .AddScoped<PolicyHandbook>()
            .AddScoped<ReviseRuleHandler>()
            .AddScoped<PolicyQueries>()
            .AddScoped<PolicyEvaluator>()
            .AddScoped<PolicyCalculator>()
            .AddScoped<IEnterpriseProfileSection, PolicyProfileSection>()
            .AddScoped<ISeeder, DemoPoliciesSeeder>();
    }

    public static IEndpointRouteBuilder MapPolicies(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/policies").WithTags("惠企政策").RequireAuthorization(SecurityPolicies.Staff).AddEndpointFilter<RuleProblems>();
        CreatePolicyEndpoint.Map(group, WritePolicy);
        BrowseEndpoints.Map(group);
        ReviseRuleEndpoint.Map(group, WritePolicy);
        CheckRuleEndpoint.Map(group);
        EvaluateEndpoint.Map(group);
        EditPolicyEndpoint.Map(group, WritePolicy);
        PublishPolicyEndpoint.Map(group, WritePolicy);
        HandbookEndpoint.Map(group);
        PublicCalculateEndpoint.Map(api);
        return api;
    }
}
