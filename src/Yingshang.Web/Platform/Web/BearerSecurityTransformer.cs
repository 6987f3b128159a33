using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Yingshang.Web.Platform.Web;

/// <summary>Declares the bearer scheme so that the reference page can send a token ("Authorize").</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "营商 Yingshang API";
        document.Info.Description = "示范州优化营商环境平台接口。先以 POST /api/v1/auth/token 换取令牌，再以 Authorization: Bearer <令牌> 调用其余接口。" +
                                    "列表以 ?page=1&pageSize=50 分页；错误以 ProblemDetails 返回。";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "POST /api/v1/auth/token 返回的 accessToken",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
