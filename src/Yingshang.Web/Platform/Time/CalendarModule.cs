using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Web.Platform.Time;

public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) =>
        services
            .AddSingleton<WorkCalendarProvider>()
            .AddSingleton<CalendarCoverage>()
            .AddScoped<CalendarAdministration>()
            .AddScoped<ISeeder, CalendarSeeder>();

    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder api)
    {
        var group = CalendarEndpoints.Map(api);
        CalendarAdminEndpoints.Map(group);
        return api;
    }
}
