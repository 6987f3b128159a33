using Microsoft.AspNetCore.WebUtilities;

namespace Yingshang.Web.Platform.Web;

/// <summary>Links that keep the current filters of a list page and change only the named parameters.</summary>
public static class QueryLinks
{
    /// <summary>The current path and query with each change applied; a null value removes the parameter.</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var query = request.Query.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
        {
            if (value is null) query.Remove(key);
            else query[key] = value;
        }
        var kept = query.Where(kv => kv.Value.Any(v => !string.IsNullOrEmpty(v)))
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, kept);
    }
}

/// <summary>What the shared pager partial shows: the total and links to the neighbouring pages.</summary>
public sealed record PagerView(int Total, int Page, int PageCount)
{
    public static PagerView Of<T>(PagedResult<T> result) => new(result.Total, result.Page, result.PageCount);
}

public static class PageNumbers
{
    /// <summary>
    /// Loads the requested page of a list page, falling back to page 1 for a nonsense number and to the last page
    /// past the end (a bookmark to page 9 of a list that has since shrunk).
    /// </summary>
    public static async Task<PagedResult<T>> LoadAsync<T>(int page, int pageSize, Func<PageRequest, Task<PagedResult<T>>> load)
    {
        var result = await load(new PageRequest(Math.Max(page, 1), pageSize));
        return result.Page > result.PageCount ? await load(new PageRequest(result.PageCount, pageSize)) : result;
    }
}
