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
}
