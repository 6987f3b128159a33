using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Yingshang.IntegrationTests.Infrastructure;

namespace Yingshang.IntegrationTests.Admin;

/// <summary>A browser-like client for the Razor pages: signs in through the login form and posts forms with their antiforgery token.</summary>
public sealed partial class CookieSession : IDisposable
{
    private CookieSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<CookieSession> SignInAsync(AppFactory app, string userName, string password = AppFactory.Password)
    {
        var session = new CookieSession(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await session.PostFormAsync("/Account/Login", ("UserName", userName), ("Password", password));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return session;
    }

    /// <summary>A browser without an account (the public pages), with cookies so the antiforgery pair works.</summary>
    public static CookieSession Anonymous(AppFactory app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>The page's HTML with entities decoded, so tests can look for Chinese text.</summary>
    public async Task<string> HtmlAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>Loads the form page for its token, then posts the fields to <paramref name="action"/> (default: the same page).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, params (string Name, string Value)[] fields) =>
        await PostFormToAsync(page, page, fields);

    public async Task<HttpResponseMessage> PostFormToAsync(string page, string action, params (string Name, string Value)[] fields)
    {
        var html = await Client.GetStringAsync(page);
        var token = Token().Match(html).Groups[1].Value;
        token.ShouldNotBeEmpty($"no antiforgery token on {page}");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await Client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    public static async Task<string> HtmlOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
