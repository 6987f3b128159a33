using Microsoft.AspNetCore.Mvc.RazorPages;
using Yingshang.Web.Features.Knowledge.Contracts;
using Yingshang.Web.Features.Knowledge.Demo;
using Yingshang.Web.Features.Knowledge.Edit;
using Yingshang.Web.Features.Knowledge.Search;
using Yingshang.Web.Features.Knowledge.View;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;

namespace Yingshang.Web.Features.Knowledge;

public static class KnowledgeModule
{
    public const string ReadPolicy = "KnowledgeRead";
    public const string EditPolicy = "KnowledgeEdit";

    /// <summary>Who answers or handles appeals reads the knowledge base (README.md).</summary>
    public static readonly string[] ReaderRoles = [Roles.Operator, Roles.Supervisor, Roles.Admin, Roles.Handler, Roles.DepartmentLead];

    /// <summary>The business-environment office maintains it, with the administrator.</summary>
    public static readonly string[] EditorRoles = [Roles.Admin, Roles.Supervisor];

    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration("Knowledge");
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireAuthenticatedUser().RequireRole(ReaderRoles))
            .AddPolicy(EditPolicy, p => p.RequireAuthenticatedUser().RequireRole(EditorRoles));
        services.AddOptions<RazorPagesOptions>().Configure(o =>
        {
            o.Conventions.AuthorizeFolder("/Knowledge", ReadPolicy);
            o.Conventions.AuthorizeFolder("/Knowledge/Edit", EditPolicy);
        });
        return services
            .AddSingleton<KnowledgeIndex>()
            .AddSingleton<KnowledgeIndexSync>()
            .AddHostedService<KnowledgeIndexWarmup>()
            .AddScoped<SearchKnowledge>()
            .AddScoped<IKnowledgeSearch>(sp => sp.GetRequiredService<SearchKnowledge>())
            .AddScoped<EditKnowledge>()
            .AddScoped<KnowledgeDetails>()
            .AddScoped<ISeeder, DemoKnowledgeSeeder>();
    }

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder api)
    {
        KnowledgeEndpoints.Map(api);
        return api;
    }
}
