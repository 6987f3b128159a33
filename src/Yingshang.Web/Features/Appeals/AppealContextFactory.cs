using System.Security.Claims;
using Yingshang.Web.Platform.Security;
using Yingshang.Web.Platform.Time;

namespace Yingshang.Web.Features.Appeals;

/// <summary>Builds the <see cref="AppealContext"/> of the current request: the user, the clock and the calendar.</summary>
public sealed class AppealContextFactory(ICurrentUser user, IHttpContextAccessor http, TimeProvider clock, WorkCalendarProvider calendars)
{
    public async Task<AppealContext> CreateAsync(CancellationToken ct)
    {
        var name = !user.IsAuthenticated && http.HttpContext is not null ? "公众（网站）"
            : http.HttpContext?.User.FindFirstValue(AppClaims.DisplayName) ?? user.Name;
        return new AppealContext(user.Name, name, clock.GetUtcNow(), await calendars.GetAsync(ct));
    }

    /// <summary>A context naming someone other than the caller, e.g. the officer of a visit the system files.</summary>
    public async Task<AppealContext> CreateAsync(AppealActor actor, CancellationToken ct) =>
        new(actor.UserName, actor.DisplayName, clock.GetUtcNow(), await calendars.GetAsync(ct));
}

/// <summary>Who a step is recorded for (user name, display name).</summary>
public sealed record AppealActor(string UserName, string DisplayName);
