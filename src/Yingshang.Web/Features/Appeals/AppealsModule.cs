using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Yingshang.Web.Features.Appeals.Answering;
using Yingshang.Web.Features.Appeals.Detail;
using Yingshang.Web.Features.Appeals.Duplicates;
using Yingshang.Web.Features.Appeals.Escalation;
using Yingshang.Web.Features.Appeals.HotIssues;
using Yingshang.Web.Features.Appeals.Intake;
using Yingshang.Web.Features.Appeals.Lifecycle;
using Yingshang.Web.Features.Appeals.List;
using Yingshang.Web.Features.Appeals.Notify;
using Yingshang.Web.Features.Appeals.Open311;
using Yingshang.Web.Features.Appeals.Open311.Keys;
using Yingshang.Web.Features.Appeals.Privacy;
using Yingshang.Web.Features.Appeals.PublicIntake;
using Yingshang.Web.Features.Appeals.Rate;
using Yingshang.Web.Features.Appeals.Track;
using Yingshang.Web.Features.Appeals.Rates;
using Yingshang.Web.Features.Appeals.Demo;
using Yingshang.Web.Features.Appeals.Sla;
using Yingshang.Web.Features.Appeals.Suggest;
using Yingshang.Web.Features.Appeals.Suggest.Keywords;
using Yingshang.Web.Features.Enterprises.Contracts;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Features.Appeals;

public static class AppealsModule
{
    /// <summary>Roles that take calls and dispatch (intake is theirs; departments only handle).</summary>
    public static readonly string[] IntakeRoles = [Roles.Operator, Roles.Supervisor, Roles.Admin];

    /// <summary>Roles that work with appeals at all (inspectors have their inspection tasks, not appeals).</summary>
    public static readonly string[] ReaderRoles =
        [Roles.Operator, Roles.Handler, Roles.DepartmentLead, Roles.Supervisor, Roles.Leader, Roles.Admin];

    /// <summary><see cref="ReaderRoles"/> for the pages' [Authorize] attribute.</summary>
    public const string PageRoles = Roles.Operator + "," + Roles.Handler + "," + Roles.DepartmentLead + "," + Roles.Supervisor + "," +
                                    Roles.Leader + "," + Roles.Admin;

    /// <summary>企业用户 with the <c>uscc</c> claim of its enterprise: 我的诉求 (Mine/).</summary>
    public const string EnterprisePolicy = "AppealsEnterprise";

    /// <summary>Who may call intake at all; the channel decides the rest (Intake/EnterpriseLink.cs, README.md "Channels").</summary>
    private static readonly string[] SubmitRoles = [.. Platform.Security.Policies.RolesOf[Platform.Security.Policies.Staff], Roles.Enterprise];

    public static IServiceCollection AddAppeals(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(EnterprisePolicy,
            p => p.RequireAuthenticatedUser().RequireRole(Roles.Enterprise).RequireClaim(AppClaims.Uscc));
        Navigation.Add(new NavigationItem("企业服务", "我的诉求", "/Appeals/Mine", [Roles.Enterprise]));
        Navigation.Add(new NavigationItem("接诉即办", "受理登记", "/Appeals/Intake", IntakeRoles));
        Navigation.Add(new NavigationItem("接诉即办", "诉求列表", "/Appeals", ReaderRoles));
        Navigation.Add(new NavigationItem("接诉即办", "督办诉求", "/Appeals?escalation=supervised",
            [Roles.Supervisor, Roles.Leader, Roles.Admin, Roles.Operator]));
        services.AddJob<AppealEscalationJob>("appeals-escalation", AppealEscalationJob.Interval);
        Navigation.Add(new NavigationItem("接诉即办", "智能派单", "/Appeals/Suggestions", IntakeRoles));
        Navigation.Add(new NavigationItem("系统管理", "诉求办理时限", "/Admin/AppealSla", [Roles.Admin]));
        services.AddOptions<RatingOptions>().BindConfiguration("Appeals:Rating")
            .Validate(o => o.LinkDays is >= 1 and <= 365, "Appeals:Rating:LinkDays must be 1–365")
            .Validate(o => RatingOptions.IsValidBase(o.PublicBaseUrl), "Appeals:Rating:PublicBaseUrl must be an absolute http(s) address without query")
            .ValidateOnStart();
        services.AddOptions<SuggestOptions>().BindConfiguration("Appeals:Suggest");
        services.AddJob<RateCompactionJob>("appeals-rates-compaction", RateCompactionJob.Interval);
        services.AddJob<RetrainSuggestionsJob>("appeals-suggest-train", SuggestOptions.RetrainEvery);
        Navigation.Add(new NavigationItem("接诉即办", "考核排名", "/Appeals/Rankings", RateAccess.Prefecture));
        Navigation.Add(new NavigationItem("系统管理", "诉求考核权重", "/Admin/AppealRates", [Roles.Admin]));
        Navigation.Add(new NavigationItem("接诉即办", "热点诉求", "/Appeals/HotIssues", HotIssueAccess.Readers));
        Navigation.Add(new NavigationItem("接诉即办", "典型案例候选", "/Appeals/TypicalCases", HotIssueAccess.Readers));
        Navigation.Add(new NavigationItem("系统管理", "热点诉求阈值", "/Admin/HotIssues", [Roles.Admin]));
        Navigation.Add(new NavigationItem("系统管理", "派单关键词", "/Admin/DispatchKeywords", [Roles.Admin]));
        return services
            .AddSingleton<SuggestionModelHolder>()
            .AddScoped<SuggestionTrainer>()
            .AddScoped<DispatchAdvisor>()
            .AddScoped<SuggestionTracker>()
            .AddScoped<SuggestionStats>()
            .AddScoped<DuplicateFinder>()
            .AddScoped<DirectAnswer>()
            .AddScoped<Intake.ConsoleAssist>()
            .AddScoped<AppealMessages>()
            .AddScoped<AppealNotificationLog>()
            .AddScoped<AppealContextFactory>()
            .AddScoped<SubmitAppealHandler>().AddSingleton<Intake.CountyLookup>()
            .AddScoped<EnterpriseLink>()
            .AddScoped<Contracts.IEnterpriseAppealIntake, VisitIssueIntake>()
            .AddScoped<Mine.MyAppeals>()
            .AddScoped<Mine.MyAppealRating>()
            .AddScoped<IEnterpriseProfileSection, Profile.EnterpriseAppealsSection>()
            .AddScoped<AppealWorkflow>()
            .AddScoped<AppealStepRunner>()
            .AddScoped<AppealReader>()
            .AddScoped<AppealList>()
            .AddScoped<SlaMatrix>()
            .AddScoped<RequesterPrivacy>()
            .AddScoped<RequesterReveal>()
            .AddScoped<RatingInvitations>()
            .AddScoped<PublicAppealReader>()
            .AddScoped<RateSettingsStore>()
            .AddScoped<AppealRates>()
            .AddScoped<RateQueries>()
            .AddScoped<RateTrend>()
            .AddScoped<RateRollupBuilder>()
            .AddScoped<ISaveParticipant, RateDeltaWriter>()
            .AddScoped<ISeeder, RateRollupSeeder>()
            .AddScoped<HotIssueSettingsStore>()
            .AddScoped<HotIssueReport>()
            .AddScoped<TypicalCaseStore>()
            .AddScoped<DispatchKeywordStore>()
            .AddScoped<ISeeder, DispatchKeywordSeeder>()
            .AddScoped<ISeeder, SlaMatrixSeeder>()
            .AddScoped<ISeeder, DemoAppealsSeeder>()
            .AddScoped<ISeeder, DemoEnterpriseAppealsSeeder>()
            .AddOpen311();
    }

    public static IEndpointRouteBuilder MapAppeals(this IEndpointRouteBuilder api)
    {
        var appeals = api.MapGroup("/appeals").WithTags("接诉即办").RequireAuthorization(p => p.RequireRole(ReaderRoles));
        api.MapPost("/appeals", SubmitAsync).WithTags("接诉即办").RequireAuthorization(p => p.RequireRole(SubmitRoles))
            .WithSummary("受理诉求（支持 Idempotency-Key：同一键只产生一件诉求）；channel enterprise 仅企业用户，visit 仅该企业的首席服务员");
        Mine.MineEndpoints.Map(api);
        appeals.MapGet("/", async ([AsParameters] AppealFilter filter, [AsParameters] PageRequest page, AppealList list, CancellationToken ct) =>
                TypedResults.Ok(await list.PageAsync(filter, page, ct)))
            .WithSummary("诉求列表（status、department、county、type、overdue、escalation、from、to、q，分页）");
        appeals.MapGet("/{id:int}", async Task<Results<Ok<AppealDto>, NotFound>> (int id, AppealReader reader, CancellationToken ct) =>
                await reader.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithSummary("诉求详情（含期限与办理记录）");
        appeals.MapPost("/{id:int}/reveal", RequesterReveal.EndpointAsync)
            .WithSummary("查看诉求人完整姓名和电话（仅热线中心与主办部门；每次查看记入审计日志）");
        LifecycleEndpoints.Map(appeals);
        AppealNotificationLog.Map(appeals);
        SuggestEndpoints.Map(appeals);
        DuplicateEndpoints.Map(appeals);
        SlaEndpoints.Map(appeals);
        ApiKeyEndpoints.Map(appeals);
        PublicEndpoints.Map(api);
        RatesEndpoints.Map(appeals);
        HotIssuesEndpoints.Map(appeals);
        DispatchKeywordEndpoints.Map(appeals);
        return api;
    }

    private static async Task<Results<Created<AppealDto>, ProblemHttpResult>> SubmitAsync(
        SubmitAppeal request, [FromHeader(Name = "Idempotency-Key")] string? key, SubmitAppealHandler handler, AppealReader reader,
        EnterpriseLink link, ICurrentUser user, HttpContext http, CancellationToken ct)
    {
        if (await link.RefusalAsync(request.Channel, request.Uscc, ct) is { } refusal)
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "无权使用该受理渠道");
        var outcome = await handler.HandleAsync(request, key, ct, keyScope: user.Id ?? "");
        if (outcome.Replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        var dto = outcome.Created is { } created ? await reader.ToDtoAsync(created, ct) : (await reader.GetAsync(outcome.Id, ct, ignoreScope: true))!;
        return TypedResults.Created($"/api/v1/appeals/{outcome.Id}", dto);
    }
}
