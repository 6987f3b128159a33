using System.Text;
using Yingshang.IntegrationTests.Admin;
using Yingshang.IntegrationTests.Appeals;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Reliability;

/// <summary>
/// Every page's POST forms (found by loading every page the app maps, as an Admin, an enterprise user or anonymously)
/// get hostile submissions: fields replaced by hostile values, dropped or added, a missing antiforgery token, random files.
/// Never a 5xx; a refusal (4xx, or the form shown again with its errors) leaves the database as it was.
/// </summary>
public abstract class PageFormFuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const int Seed = 1127;
    private const int PerForm = 12;

    [Fact]
    public async Task Hostile_form_posts_never_get_a_5xx_and_refused_ones_change_nothing()
    {
        await AppealApi.DispatchedAsync(app, "market");
        var samples = await RouteSamples.LoadAsync(app);
        var pages = AppEndpoints.All(app).Where(e => e.IsPage && e.Method == "GET").ToList();
        using var admin = await CookieSession.SignInAsync(app, "admin");
        using var enterprise = await CookieSession.SignInAsync(app, "qiye.demo1");
        using var anonymous = CookieSession.Anonymous(app);
        var fingerprint = await DatabaseFingerprint.ForAsync(app);
        var random = new Random(Seed);
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var path = samples.Fill(page.Pattern);
            foreach (var session in new[] { admin, enterprise, anonymous })
            {
                using var response = await session.Client.GetAsync(path);
                if (response.StatusCode != System.Net.HttpStatusCode.OK) continue;
                var html = await response.Content.ReadAsStringAsync();
                var token = PageForms.Token(html);
                foreach (var form in PageForms.Parse(html, path).Where(f => !f.Action.Contains("/Account/Logout", StringComparison.OrdinalIgnoreCase)))
                {
                    if (!seen.Add(form.Key)) continue;
                    for (var i = 0; i < PerForm && failures.Count < 50; i++)
                        await PostAsync(session, form, token, random, fingerprint, failures);
                }
                break;
            }
        }
        seen.Count.ShouldBeGreaterThan(20);
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    private static async Task PostAsync(CookieSession session, PageForm form, string? token, Random random, DatabaseFingerprint fingerprint,
        List<string> failures)
    {
        var (what, fields) = Mutate(form, random);
        var withToken = token is not null && random.Next(8) != 0;
        if (withToken) fields.Add(("__RequestVerificationToken", token!));
        using HttpContent content = form.Multipart || random.Next(6) == 0 ? Multipart(fields, random) : Encoded(fields);
        var before = await fingerprint.TakeAsync();
        using var response = await session.Client.PostAsync(form.Action, content);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var after = await fingerprint.TakeAsync();
        var name = $"POST {form.Action} [{what}{(withToken ? "" : ", no antiforgery token")}]";
        if (status >= 500) failures.Add($"{name}: {status} {HostileText.Shorten(body)}");
        else if (!withToken && status != 400) failures.Add($"{name}: answered {status} without an antiforgery token");
        else if ((status >= 400 || Refused(body)) && after != before) failures.Add($"{name}: refused ({status}) but changed the database");
    }

    /// <summary>The page came back with its validation errors: the post was refused.</summary>
    private static bool Refused(string html) =>
        html.Contains("validation-summary-errors", StringComparison.Ordinal) || html.Contains("field-validation-error", StringComparison.Ordinal);

    private static (string What, List<(string Name, string Value)> Fields) Mutate(PageForm form, Random random)
    {
        var fields = form.Fields.ToList();
        var changes = new List<string>();
        if (fields.Count > 0)
        {
            for (var n = random.Next(1, Math.Min(3, fields.Count) + 1); n > 0; n--)
            {
                var index = random.Next(fields.Count);
                var value = HostileText.Pick(random);
                changes.Add($"{fields[index].Name}={HostileText.Shorten(value)}");
                fields[index] = (fields[index].Name, value);
            }
            if (random.Next(4) == 0)
            {
                var dropped = fields[random.Next(fields.Count)].Name;
                fields.RemoveAll(f => f.Name == dropped);
                changes.Add($"-{dropped}");
            }
        }
        if (fields.Count == 0 || random.Next(4) == 0)
        {
            var extra = $"unexpected{random.Next(100)}";
            fields.Add((extra, HostileText.Pick(random)));
            changes.Add($"+{extra}");
        }
        return (string.Join(' ', changes), fields);
    }

    private static FormUrlEncodedContent Encoded(List<(string Name, string Value)> fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static MultipartFormDataContent Multipart(List<(string Name, string Value)> fields, Random random)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value, Encoding.UTF8), name);
        var bytes = new byte[random.Next(1, 300_000)];
        random.NextBytes(bytes);
        content.Add(new ByteArrayContent(bytes), "file", random.Next(2) == 0 ? "企业.xlsx" : "../../evil.csv");
        return content;
    }
}

public sealed class PageFormFuzzTests_Sqlite(SqliteAppFactory app) : PageFormFuzzTests<SqliteAppFactory>(app);
public sealed class PageFormFuzzTests_Postgres(PostgresAppFactory app) : PageFormFuzzTests<PostgresAppFactory>(app);
