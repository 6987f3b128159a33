using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Features.Policies.Browse;
using Yingshang.Web.Features.Policies.Calculator;
using Yingshang.Web.Features.Policies.Check;
using Yingshang.Web.Features.Policies.Create;
using Yingshang.Web.Features.Policies.Demo;
using Yingshang.Web.Features.Policies.Edit;
using Yingshang.Web.Features.Policies.Evaluate;
using Yingshang.Web.Features.Policies.Grants;
using Yingshang.Web.Features.Policies.MatchRuns;
using Yingshang.Web.Features.Policies.MyBenefits;
using Yingshang.Web.Features.Policies.Statistics;
using Yingshang.Web.Features.Policies.Handbook;
using Yingshang.Web.Features.Policies.Publish;
using Yingshang.Web.Features.Policies.PublicCalculator;
using Yingshang.Web.Features.Policies.Versions;
using Yingshang.Web.Platform.Jobs;
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

    /// <summary>企业用户 answering their own 兑现 cases.</summary>
    public const string EnterprisePolicy = "PolicyEnterprise";

    /// <summary>Approving or rejecting a case: the paying department's lead (and the administrator).</summary>
    public const string ApprovePolicy = "PolicyGrantApprove";

    public static readonly string[] ApproveRoles = [Roles.DepartmentLead, Roles.Admin];

    /// <summary>Keeping the payment ledger: the paying department's staff (and the administrator).</summary>
    public const string PayPolicy = "PolicyGrantPay";

    public static readonly string[] PayRoles = [Roles.Handler, Roles.DepartmentLead, Roles.Admin];

    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(WritePolicy, p => p.RequireAuthenticatedUser().RequireRole(WriteRoles))
            .AddPolicy(EnterprisePolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Enterprise).RequireClaim(AppClaims.Uscc))
            .AddPolicy(ApprovePolicy, p => p.RequireAuthenticatedUser().RequireRole(ApproveRoles))
            .AddPolicy(PayPolicy, p => p.RequireAuthenticatedUser().RequireRole(PayRoles));
        services.AddOptions<RazorPagesOptions>().Configure(o =>
        {
            // Staff only, except the enterprise's own pages (MyBenefits), which are for 企业用户 only.
            o.Conventions.AddFolderApplicationModelConvention("/Policies", page => page.EndpointMetadata.Add(
                new AuthorizeAttribute(page.ViewEnginePath.StartsWith("/Policies/MyBenefits/", StringComparison.Ordinal) ? EnterprisePolicy : SecurityPolicies.Staff)));
            o.Conventions.AuthorizePage("/Policies/Versions/Index", WritePolicy);
            o.Conventions.AuthorizeFolder("/Policies/Edit", WritePolicy);
        });
        Navigation.Add(new NavigationItem("惠企政策", "政策文件", "/Policies", SecurityPolicies.RolesOf[SecurityPolicies.Staff]));
        Navigation.Add(new NavigationItem("惠企政策", "政策计算器", "/Policies/Calculator", SecurityPolicies.RolesOf[SecurityPolicies.Staff]));
        Navigation.Add(new NavigationItem("惠企政策", "匹配批次", "/Policies/MatchRuns", SecurityPolicies.RolesOf[SecurityPolicies.Staff]));
        Navigation.Add(new NavigationItem("惠企政策", "兑现案件", "/Policies/Grants", SecurityPolicies.RolesOf[SecurityPolicies.Staff]));
        Navigation.Add(new NavigationItem("惠企政策", "兑现统计", "/Policies/Statistics", SecurityPolicies.RolesOf[SecurityPolicies.Staff]));
        Navigation.Add(new NavigationItem("惠企政策", "我的惠企政策", "/Policies/MyBenefits", [Roles.Enterprise]));
        services.AddJob<MatchRunJob>("policies-match-runs", TimeSpan.FromSeconds(5));
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
            .AddScoped<MatchRunQueries>()
            .AddScoped<MatchRunChanges>()
            .AddScoped<MatchRunExecutor>()
            .AddScoped<GrantIssuer>()
            .AddScoped<GrantWorkflow>()
            .AddScoped<GrantQueries>()
            .AddScoped<GrantStatistics>()
            .AddScoped<ISeeder, DemoPoliciesSeeder>()
            .AddScoped<ISeeder, DemoEnterpriseUsersSeeder>();
    }

    public static IEndpointRouteBuilder MapPolicies(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/policies").WithTags("惠企政策").RequireAuthorization(SecurityPolicies.Staff).AddEndpointFilter<RuleProblems>();
        CreatePolicyEndpoint.Map(group, WritePolicy);
        BrowseEndpoints.Map(group);
        ReviseRuleEndpoint.Map(group, WritePolicy);
        CheckRuleEndpoint.Map(group);
        EvaluateEndpoint.Map(group);
        MatchRunEndpoints.Map(group, WritePolicy);
        GrantEndpoints.Map(group, ApprovePolicy, PayPolicy);
        GrantStatistics.Map(group);
        MyBenefitEndpoints.Map(api, EnterprisePolicy);
        EditPolicyEndpoint.Map(group, WritePolicy);
        PublishPolicyEndpoint.Map(group, WritePolicy);
        HandbookEndpoint.Map(group);
        PublicCalculateEndpoint.Map(api);
        return api;
    }
}
