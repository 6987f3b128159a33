using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Yingshang.Web.Platform.Web;

/// <summary>Paging parameters of every list: <c>?page=1&amp;pageSize=50</c>.</summary>
public sealed record PageRequest(
    [property: Range(1, int.MaxValue, ErrorMessage = "page 必须是不小于 1 的整数")] int Page = 1,
    [property: Range(1, PageRequest.MaxPageSize, ErrorMessage = "pageSize 必须在 1 到 500 之间")] int PageSize = 50)
{
    public const int MaxPageSize = 500;

    /// <summary>Rows before this page; capped because page × pageSize can pass int.MaxValue (?page=99999999).</summary>
    public int Offset => (int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize);
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public static class PagingExtensions
{
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Offset).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<T>(items, total, page.Page, page.PageSize);
    }
}
