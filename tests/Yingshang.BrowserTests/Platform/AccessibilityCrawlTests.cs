using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yingshang.BrowserTests.Infrastructure;

namespace Yingshang.BrowserTests.Platform;

/// <summary>
/// Follows every same-site link a role can reach from the home page (one page per route shape) and runs axe
/// on each, so that a new page is checked without anyone adding it here.
/// </summary>
public sealed partial class AccessibilityCrawlTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int MaxPagesPerRole = 40;

    [Theory]
    [InlineData("admin")]
    [InlineData("operator")]
    [InlineData("handler.market")]
    [InlineData("lead.market")]
    [InlineData("supervisor")]
    [InlineData("inspector.market")]
    [InlineData("leader")]
    [InlineData("qiye.demo1")]
    public async Task Every_page_a_role_can_reach_has_no_serious_accessibility_violation(string user)
    {
        var page = await app.SignInAsync(user);
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPagesPerRole)
        {
            var path = queue.Dequeue();
            if (!seen.Add(Shape(path))) continue;
            var response = await page.GotoAsync(path);
            visited++;
            if (response is null || response.Status >= 400)
            {
                failures.Add($"{path}: HTTP {response?.Status}");
                continue;
            }
            if (!(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))) continue;
            try
            {
                await page.ShouldHaveNoSeriousViolationsAsync();
            }
            catch (ShouldAssertException e)
            {
                failures.Add($"{path}: {e.Message}");
            }
            foreach (var link in await LinksAsync(page)) queue.Enqueue(link);
        }
        visited.ShouldBeGreaterThan(1, "the crawl found no links");
        failures.ShouldBeEmpty(string.Join("\n\n", failures));
        await page.Context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("main a[href], nav a[href]",
            "links => links.filter(a => !a.hasAttribute('download')).map(a => a.getAttribute('href'))");
        return hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Where(h => !Skipped().IsMatch(h))
            .ToList();
    }

    /// <summary>One visit per route shape: ids, codes and query strings do not make a new page.</summary>
    private static string Shape(string path) => IdSegment().Replace(path.Split('?', '#')[0], "/{id}");

    [GeneratedRegex(@"(?i)(export|download|template|logout|/api/|handler=)")]
    private static partial Regex Skipped();

    [GeneratedRegex(@"/(\d+|[0-9a-f-]{32,36}|[0-9A-Z]{18}|\d{4}-\d{2}-\d{2})(?=/|$)")]
    private static partial Regex IdSegment();
}
