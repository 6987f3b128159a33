using System.Globalization;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Policies.Handbook;

internal static class HandbookEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/handbook.docx", DownloadAsync)
            .WithSummary("政策汇编（Word）：asOf 日（默认今天）现行有效的已发布政策，按主题分章，含目录与每个兑现事项的条件说明")
            .Produces(StatusCodes.Status200OK, contentType: HandbookDocument.ContentType);

    private static async Task<IResult> DownloadAsync(DateOnly? asOf, PolicyHandbook handbook, TimeProvider clock, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var date = asOf ?? today;
        var content = await handbook.BuildAsync(date, today, ct);
        return TypedResults.File(HandbookDocument.Write(content), HandbookDocument.ContentType,
            $"政策汇编-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.docx");
    }
}
