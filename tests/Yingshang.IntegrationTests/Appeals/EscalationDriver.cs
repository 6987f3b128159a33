using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yingshang.IntegrationTests.Infrastructure;
using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Features.Appeals.Escalation;
using Yingshang.Web.Platform.Time;

namespace Yingshang.IntegrationTests.Appeals;

/// <summary>What the escalation and notification tests do to an app: set its clock, run the job, read the history and the outbox.</summary>
internal static class EscalationDriver
{
    public static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, ChinaTime.Offset);

    /// <summary>Sets the app's clock (backwards too: each test starts its own story) and gives a client with a token of that time.</summary>
    public static async Task<HttpClient> AtAsync(this AppFactory app, DateTimeOffset now, string userName = "operator")
    {
        app.Clock.AdjustTime(now);
        return await app.FreshClientAsync(userName);
    }

    /// <summary>A client with a new token: bearer tokens last 8 hours of the app's clock.</summary>
    public static async Task<HttpClient> FreshClientAsync(this AppFactory app, string userName)
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = AppFactory.Password });
        var token = await response.ShouldBeJsonAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    public static async Task EscalateAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppealEscalationJob>().RunOnceAsync(CancellationToken.None);
    }

    /// <summary>The escalation steps in the appeal's history, in order.</summary>
    public static async Task<List<AppealAction>> EscalationsAsync(this AppFactory app, int id) =>
        (await HistoryAsync(app, id)).Where(e => e.Action.IsSystemStep()).Select(e => e.Action).ToList();

    public static Task<List<AppealEvent>> HistoryAsync(this AppFactory app, int id) => app.InDatabaseAsync(async db =>
        (await db.Appeals.AsNoTracking().SingleAsync(a => a.Id == id)).Events.OrderBy(e => e.Id).ToList());

    /// <summary>(channel, recipient, subject) of every message queued about the appeal, in order.</summary>
    public static Task<List<(string Channel, string Recipient, string Subject, string Body)>> MessagesAsync(this AppFactory app, int id)
    {
        var related = id.ToString(CultureInfo.InvariantCulture);
        return app.InDatabaseAsync(async db => (await db.Outbox.AsNoTracking().Where(m => m.RelatedType == "Appeal" && m.RelatedId == related)
                .OrderBy(m => m.Id).ToListAsync())
            .Select(m => (m.Channel.ToString(), m.Recipient, m.Subject, m.Body)).ToList());
    }

    public static async Task<List<string>> DepartmentMessagesAsync(this AppFactory app, int id) =>
        [.. (await app.MessagesAsync(id)).Where(m => m.Channel == "Message").Select(m => $"{m.Recipient}:{m.Subject}")];
}
