using Microsoft.AspNetCore.Mvc;

namespace Yingshang.Web.Platform.Security;

/// <summary>
/// The API also accepts the sign-in cookie (the pages' scripts call it), so a page of another origin could make a signed-in
/// browser send it a form or a body-less POST (签收, revoking a key) with the cookie attached. A cookie-authenticated
/// request that changes something must therefore send JSON or an <c>X-Requested-With</c> header: a browser sends either
/// from another origin only after a CORS preflight, which this app never grants. Bearer callers carry no ambient
/// credential and are not affected.
/// </summary>
internal static class CookieApiForgery
{
    public static IApplicationBuilder UseCookieApiForgeryCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Refused(http))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden, Title = "请求来源未通过校验",
                    Detail = "以登录 Cookie 调用接口修改数据时，须以 JSON 提交或带 X-Requested-With 请求头；其他程序请使用 Bearer 令牌。",
                    Extensions = { ["code"] = "cross-site-request" },
                },
            });
            return;
        }
        await next(http);
    });

    private static bool Refused(HttpContext http)
    {
        var request = http.Request;
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method)) return false;
        if (http.User.Identity?.IsAuthenticated != true || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return false;
        return !request.HasJsonContentType() && string.IsNullOrEmpty(request.Headers.XRequestedWith);
    }
}
