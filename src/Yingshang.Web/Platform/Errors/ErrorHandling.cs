using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Errors;

/// <summary>Turns every exception that reaches the pipeline into a ProblemDetails answer with the right status.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            BusinessRuleException e => Problem(StatusCodes.Status409Conflict, "操作不符合业务规则", e.Message, ("code", e.Code)),
            FieldValidationException e => Validation(e.Errors),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "记录已被他人修改",
                "该记录在您读取之后已被修改，请刷新后重试。", ("code", "concurrency")),
            // A check-then-insert that lost a race to an identical insert (a code, a name, a key): the unique index decided.
            DbUpdateException e when Persistence.KeyViolation.Is(e) => Problem(StatusCodes.Status409Conflict, "记录重复",
                "同样的记录刚刚已由他人保存（可能是同时提交），请刷新后查看。", ("code", "duplicate")),
            BadHttpRequestException e => BadRequest(e),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            // Class 22 (data exception): input PostgreSQL cannot store, e.g. a NUL character in text (22021), which SQLite accepts.
            _ when InvalidData(exception) => Problem(StatusCodes.Status400BadRequest, "请求数据无效",
                "请求中含有数据库无法保存的内容（如 NUL 等控制字符），请修改后重试。", ("code", "invalid-data")),
            _ when DatabaseUnavailable.Is(exception) => Problem(StatusCodes.Status503ServiceUnavailable, "数据库暂不可用",
                "数据库暂时无法访问，您的操作未被保存，请稍后重试。", ("code", "database-unavailable")),
            _ => null,
        };
        if (problem is null)
        {
            if (http.RequestAborted.IsCancellationRequested) return true;
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "服务器内部错误", "请求未能完成，请稍后重试或联系管理员。");
        }
        http.Response.StatusCode = problem.Status ?? 500;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Database unavailable for {Method} {Path}", http.Request.Method, http.Request.Path);
            http.Response.Headers.RetryAfter = "5";
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static bool InvalidData(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is Npgsql.PostgresException pg) return pg.SqlState.StartsWith("22", StringComparison.Ordinal);
        return false;
    }

    private static ProblemDetails BadRequest(BadHttpRequestException e)
    {
        var (field, detail) = BadRequestText.Of(e);
        var title = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "请求内容过大" : "请求格式错误";
        if (field is null) return Problem(e.StatusCode, title, detail);
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail[(field.Length + 1)..]] })
        {
            Status = e.StatusCode, Title = title, Detail = detail,
        };
    }

    private static ProblemDetails Problem(int status, string title, string detail, params (string Key, object Value)[] extensions)
    {
        var p = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions) p.Extensions[key] = value;
        return p;
    }

    private static ValidationProblemDetails Validation(IReadOnlyList<FieldError> errors) =>
        new(errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "输入校验未通过",
            Detail = string.Join("；", errors.Select(e => $"{e.Field}: {e.Message}")),
        };
}
