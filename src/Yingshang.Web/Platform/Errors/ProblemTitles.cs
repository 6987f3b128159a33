using Microsoft.AspNetCore.Mvc;

namespace Yingshang.Web.Platform.Errors;

/// <summary>
/// The titles ASP.NET Core gives the problems it writes itself (a 404 of an unknown record, a 401, a 405 …) are English
/// reason phrases; ours are Chinese. A title already in Chinese is kept.
/// </summary>
internal static class ProblemTitles
{
    public static void InChinese(ProblemDetails problem)
    {
        if (problem.Title is { } title && title.Any(c => c > 0x2E80)) return;
        if (problem.Title == "One or more validation errors occurred.")
        {
            problem.Title = "输入校验未通过";
            return;
        }
        if (problem.Status is { } status && Titles.TryGetValue(status, out var chinese)) problem.Title = chinese;
    }

    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "请求格式错误", [401] = "未登录或登录已失效", [403] = "无权执行该操作", [404] = "未找到", [405] = "不支持该请求方法",
        [406] = "不支持所要求的响应格式", [409] = "操作冲突", [413] = "请求内容过大", [415] = "不支持的请求内容类型",
        [422] = "输入校验未通过", [429] = "请求过于频繁", [500] = "服务器内部错误", [503] = "服务暂不可用",
    };
}
