using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yingshang.Web.Platform.Audit;
using Yingshang.Web.Platform.Errors;
using Yingshang.Web.Platform.Jobs;
using Yingshang.Web.Platform.Notifications;
using Yingshang.Web.Platform.Persistence;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Web;

namespace Yingshang.Web.Platform;

public static class PlatformModule
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!builder.Environment.IsDevelopment()) builder.Logging.ClearProviders().AddJsonConsole();
        services.AddSingleton(TimeProvider.System);
        // Pages keep Chinese text as text instead of numeric character references.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddPersistence(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSecurity();
        services.AddAudit();
        services.AddJobs();
        services.AddNotifications(builder.Configuration);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ProblemTitles.InChinese(ctx.ProblemDetails));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddRateLimits(builder.Configuration);
        services.AddReverseProxy(builder.Configuration);
        services.AddOptions<ExportOptions>().BindConfiguration("Exports")
            .Validate(o => o.MaxRows is >= 1 and <= 1_000_000, "Exports:MaxRows must be 1–1,000,000").ValidateOnStart();
        services.Configure<JsonOptions>(o => Json.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddValidation();
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.ConfigureFilter(new UnreadableChoices());
        }).AddMvcOptions(o => BindingMessages.UseChinese(o.ModelBindingMessageProvider));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePages());
        // Open311 answers every error itself in the GeoReport format (Features/Appeals/Open311).
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/open311"),
            a => a.UseStatusCodePagesWithReExecute("/Error/{0}"));
        app.UseNulRejection();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseBearerRevocation();
        app.UseCookieApiForgeryCheck();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.DocumentTitle = "营商 API 参考";
            o.SwaggerEndpoint("/openapi/v1.json", "营商 API v1");
        });
        return app;
    }

    /// <summary>The <c>/api/v1</c> group every capability maps its endpoints into.</summary>
    public static RouteGroupBuilder MapPlatformApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapAuth();
        api.MapAudit();
        api.MapNotifications();
        return api;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}

internal sealed class DatabaseHealthCheck(AppDbContext db) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            return await db.Database.CanConnectAsync(timeout.Token)
                ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("数据库可用")
                : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("数据库无法连接");
        }
        catch (OperationCanceledException)
        {
            return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("数据库响应超时");
        }
    }
}
