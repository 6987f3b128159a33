using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Yingshang.Web.Features.Enterprises.Import;

internal static class ImportEndpoint
{
    /// <summary>Room for the multipart envelope around the file itself.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    public static void Map(RouteGroupBuilder group, long maxBytes) =>
        group.MapPost("/import", HandleAsync)
            .RequireAuthorization(EnterprisesModule.ImportPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + EnvelopeBytes))
            .Produces<ImportResult>(StatusCodes.Status200OK)
            .Produces<ImportResult>(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("导入企业名录（multipart/form-data，文件字段 file：CSV UTF-8 或 XLSX；mode=all 全部成功才保存，mode=valid 只保存有效行）")
            .WithDescription("列：" + string.Join(",", ImportColumns.All.Select(c => c.Name)) + "。第 1 行为列名；空单元格表示未知；按 uscc 新增或更新。" +
                             "200/422 返回 {imported, updated, errors:[{row, column, message}]}，行号与文件一致（表头为第 1 行）。");

    public static ImportMode? ParseMode(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => ImportMode.All,
        "valid" => ImportMode.Valid,
        _ => null,
    };

    private static async Task<IResult> HandleAsync(HttpContext http, string? mode, ImportEnterprisesHandler handler,
        IOptions<EnterpriseImportOptions> options, CancellationToken ct)
    {
        if (ParseMode(mode) is not { } importMode)
            return Problem(400, "参数错误", $"mode 只能为 all（全部成功才保存）或 valid（只保存有效行），不能为“{mode}”");
        var limit = options.Value.MaxBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + EnvelopeBytes;
        if (http.Request.ContentLength > limit + EnvelopeBytes) return TooLarge(limit);
        if (!http.Request.HasFormContentType)
            return Problem(415, "不支持的请求格式", "请以 multipart/form-data 上传，文件放在字段 file 中");

        IFormFile? file;
        try
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit + EnvelopeBytes }));
            file = (await http.Request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (InvalidDataException)
        {
            return TooLarge(limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        if (file is null) return Problem(400, "缺少文件", "请在 multipart 字段 file 中上传 CSV 或 XLSX 文件");
        if (file.Length > limit) return TooLarge(limit);
        if (file.Length == 0) return Problem(400, "文件为空", "上传的文件没有内容");

        var content = await ImportUpload.ReadAllAsync(file, ct);
        try
        {
            var outcome = await handler.HandleAsync(content, file.FileName, importMode, ct);
            return outcome.Rejected
                ? TypedResults.Json(outcome.Result, statusCode: StatusCodes.Status422UnprocessableEntity)
                : TypedResults.Ok(outcome.Result);
        }
        catch (UnreadableFileException e)
        {
            return Problem(e.Status, e.Status switch { 413 => "文件过大", 415 => "不支持的文件类型", _ => "无法读取文件" }, e.Message);
        }
    }

    private static ProblemHttpResult TooLarge(long limit) =>
        Problem(413, "文件过大", $"导入文件不能超过 {ImportUpload.Describe(limit)}，请拆分后分批导入");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}

internal static class ImportUpload
{
    public static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)file.Length);
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024.0):0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
